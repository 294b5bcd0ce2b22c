as a, b = b, a
