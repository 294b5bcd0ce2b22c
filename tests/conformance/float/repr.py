# repr of floats: shortest string that round-trips, with CPython's switch to exponent form.
for x in [0.1, 1.0, 100.0, 1e15, 1e16, 1.5e16, 123456789012345678.0, 1e-4, 1e-5,
          3.14159, 2.5e-10, 1 / 7, 5e-324, 1.7976931348623157e308]:
    print(repr(x), str(x))
