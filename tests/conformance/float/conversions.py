# float() from strings and ints; int() and round() back.
print(float("1.5"), float("  -2.25 "), float("1e3"), float("1_000.5"), float(7))
print(float(2 ** 60), float(10 ** 20), int(2.5e10), int(-0.9))
print((2.5).as_integer_ratio(), (0.75).is_integer(), (3.0).is_integer())
print(float.fromhex("0x1.8p1"), (1.5).hex())
try:
    float("abc")
except ValueError as e:
    print(e)
