# Bitwise operators on ints, including negatives and shifts.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100)
print(1 << 100, (1 << 100) >> 99)
print(-12 & 0xFF, -12 | 3, -12 ^ 5)
print((2 ** 70 - 1) & (2 ** 65 + 7))
print((5).bit_length(), (0).bit_length(), (-8).bit_length(), (2 ** 100).bit_length())
