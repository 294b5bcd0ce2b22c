# A positional argument after a keyword one.
print(sep='', 1)
