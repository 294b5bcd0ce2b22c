# str.format with positions, names, attributes, indexes and specs.
print("{} + {} = {}".format(1, 2, 3), "{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {1[k]}".format([5, 6], {"k": "v"}), "{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("{:.3f} {:,} {:08.2f} {!r} {!s}".format(3.14159, 1234567, -3.5, "r", "s"))
print("{{literal}} {0}".format("x"), "{:*^9}".format("mid"))
