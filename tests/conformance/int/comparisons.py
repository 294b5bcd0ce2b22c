# Comparisons between ints, floats and bools, including chains.
print(1 < 2, 2 <= 2, 3 > 4, 5 >= 5, 1 == 1.0, 1 != 2)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
print(True == 1, False == 0, True + True)
print(2 ** 64 > 2 ** 63, -(2 ** 64) < 1, 10 ** 20 == 1e20)
print(max(3, 7, -1), min(3, 7, -1))
