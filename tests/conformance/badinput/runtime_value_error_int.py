# int() of a word.
int('abc')
