# Float division by zero and overflow raise exceptions with CPython's messages.
zero = 0.0
tests = [
    ("1.0 / 0.0", lambda: 1.0 / zero),
    ("1.0 // 0.0", lambda: 1.0 // zero),
    ("1.0 % 0.0", lambda: 1.0 % zero),
    ("0.0 ** -1", lambda: zero ** -1),
    ("float(10 ** 400)", lambda: float(10 ** 400)),
    ("1e308 * 10", lambda: 1e308 * 10),
]
for text, fn in tests:
    try:
        print(text, "=", fn())
    except (ZeroDivisionError, OverflowError) as e:
        print(text, "->", type(e).__name__ + ":", e)
