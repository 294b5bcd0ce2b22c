# Float division by zero.
print(1.0 / 0)
