# pow() with two and three arguments.
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(pow(3, 200, 1000), pow(7, -1, 13), pow(0, 0), pow(-2, 3))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
