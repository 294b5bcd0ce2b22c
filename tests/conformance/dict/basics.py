# dict creation, lookup, update and deletion keep insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], "c" in d, 2 in d)
del d["a"]
d["a"] = 100
print(d, list(d), list(d.values()), list(d.items()))
print(dict(x=1, y=2), dict([("k", "v")]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])))
