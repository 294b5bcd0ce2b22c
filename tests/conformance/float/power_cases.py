# Float and complex powers, folded by the compiler (literals) and computed at run time (names):
# both give CPython's values and raise CPython's errors.
inf = float("inf")
nan = float("nan")


def runtime(a, b):
    try:
        return repr(a ** b)
    except (ZeroDivisionError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"


pairs = [
    (2.0, 10.0), (2.0, -2.0), (-8.0, 1 / 3), (-2.0, 3.0), (-2.0, 0.5), (0.0, -1.0), (-0.0, 3.0),
    (0.0, 0.0), (2.0, 10000.0), (inf, -3.0), (-inf, 3.0), (-inf, 2.0), (0.5, inf), (2.0, -inf),
    (1.0, nan), (nan, 0.0), (-1.0, inf), (10, -2), (-10, -3),
    (1 + 2j, 3), (1 + 2j, -2), (0j, -1), (0j, 1j), (0j, 2), (1e200 + 1e200j, 2), (1j, 0.5),
    (2 + 0j, 101), (2 + 1j, 100), (1 + 1j, 1 + 1j), (0j, 0j), (3 + 4j, -0.5),
]
for a, b in pairs:
    print(repr(a), repr(b), runtime(a, b))

print(2.0 ** 10.0, 2.0 ** -2.0, (-8.0) ** (1 / 3), (-2.0) ** 3.0, (-2.0) ** 0.5, (-0.0) ** 3.0)
print((1 + 2j) ** 3, (1 + 2j) ** -2, 1j ** 0.5, (2 + 0j) ** 101, (1 + 1j) ** (1 + 1j), (3 + 4j) ** -0.5)
print(10 ** -2, (-10) ** -3, 0j ** 0j, 0j ** 2)
print((1 + 2j) / (3 - 4j), 1j / 1e-308j, (1e308 + 1e308j) / (1e308 + 1e308j))
try:
    print(0.0 ** -1.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0j ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print((1 + 1j) / 0j)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(2.0 ** 10000.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print((1e200 + 1e200j) ** 2)
except OverflowError as e:
    print("OverflowError:", e)
