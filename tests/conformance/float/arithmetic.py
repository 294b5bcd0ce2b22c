# Float arithmetic and the shortest round-trip repr.
print(0.1 + 0.2, 1.1 * 3, 1 / 3, 2 / 3, 10 / 4)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(2.0 ** 0.5, 2 ** -2, 10.0 ** 20, 1e16, 1e15, 123456789.0 * 10)
print(1e-4, 1e-5, 0.0001234, 1.5e300 * 1e10)
print(-0.0, 0.0 == -0.0, abs(-0.0))
