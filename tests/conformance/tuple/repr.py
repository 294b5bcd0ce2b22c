# repr of tuples, nested and with special items.
print((), (1,), (1, 2), ((1,),), ("a", None, 1.5, [2]), (("x", ()), {}))
print(repr((1,)), str(("a",)), tuple([[]]))
