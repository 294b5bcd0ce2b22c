# An unclosed parenthesis at the end of the file.
print((1, 2)
