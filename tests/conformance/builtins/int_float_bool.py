# int(), float() and bool() conversions.
print(int(), int("42"), int(" -7 "), int(9.99), int("101", 2), int(True))
print(float(), float("3.5"), float(2), float("-inf"), float("1e-3"))
print(bool(), bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(None), bool("0"), bool([0]))
try:
    int("4.5")
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
