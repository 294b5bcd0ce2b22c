# type() of values and type objects' names and reprs.
for v in [1, 1.0, "s", b"b", None, True, [], (), {}, set(), frozenset(), range(1), len, print]:
    print(type(v).__name__, type(v))


class Mine:
    pass


print(type(Mine()), type(Mine), type(type), Mine.__name__, Mine.__qualname__)
print(type(1) is int, type(True) is bool, type(True) is int)
