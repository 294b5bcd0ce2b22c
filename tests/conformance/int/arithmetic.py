# Integer arithmetic including floor division and modulo of negatives.
print(7 + 3, 7 - 10, 6 * 7, 7 / 2, 7 // 2, 7 % 3, 2 ** 10)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(divmod(17, 5), divmod(-17, 5), pow(3, 4), pow(3, 4, 5))
print(abs(-12), -(-12), +5)
print(10 ** 0, 0 ** 0, 2 ** -1)
