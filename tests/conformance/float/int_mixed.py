# Mixed int/float arithmetic and comparisons.
print(1 + 2.0, 3 * 0.5, 7 / 7, type(7 / 7).__name__, 2 ** 0.5 * 2 ** 0.5)
print(10 // 3.0, 10 % 3.0, divmod(10, 3.0))
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(max(1, 2.0), min(1.0, 1), 0.1 * 3 == 0.3)
