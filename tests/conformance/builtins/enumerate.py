# enumerate() yields (index, item) pairs, from an optional start.
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate([10, 20], start=1)), list(enumerate([], 5)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, None))
print(dict(enumerate("hi")))
