# Modulo by zero.
print(5 % 0)
