# format() and str.format of builtin values.
print(format(3.14159, ".2f"), format(42, "05d"), format(255, "x"), format("s", ">3"))
print(format(1234567, ","), format(0.5, "%"), format(True), format(None), format([1]))
print(repr(format(5, "")), format(-3, "+"), format(2 ** 70, "_"))
