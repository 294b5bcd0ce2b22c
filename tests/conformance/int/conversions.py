# int() from strings and floats, with bases.
print(int("42"), int("-17"), int("  8  "), int("1_000"))
print(int("ff", 16), int("0x1F", 16), int("777", 8), int("1010", 2), int("z", 36))
print(int("0b101", 0), int("0o17", 0), int("0x10", 0))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int("123456789012345678901234567890"))
