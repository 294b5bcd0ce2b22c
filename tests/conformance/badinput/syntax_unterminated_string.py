# A string literal without its closing quote.
s = 'abc
print(s)
