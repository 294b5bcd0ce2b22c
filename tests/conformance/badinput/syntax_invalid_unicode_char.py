# A non-ASCII character that is not an identifier.
x = 1 – 2
