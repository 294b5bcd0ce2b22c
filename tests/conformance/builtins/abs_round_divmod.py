# abs(), round() and divmod() of ints and floats.
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-(2 ** 70)))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(12345, -2), round(0.125, 2))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(2 ** 65, 10))
