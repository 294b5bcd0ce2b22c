# repr() and str() of builtin values.
values = [1, -2.5, "s", "it's", b"b", None, True, [1, "a"], (1,), {"k": [None]}, {1, 2}, frozenset({3}), range(2, 5), 1e100, 2 ** 64]
for v in values:
    print(repr(v), str(v))
print(repr(set()), repr(frozenset()), repr({}), repr(()), repr(""), str(""))
