# Dicts start untracked, become tracked when they store a container; only full collections untrack them.
import gc

gc.collect()
d = {}
print("empty:", gc.is_tracked(d))
d["a"] = 1
print("atoms:", gc.is_tracked(d))
d["b"] = []
print("holds a list:", gc.is_tracked(d))
del d["b"]
print("after removing it:", gc.is_tracked(d))
gc.collect(0)
gc.collect(1)
print("after collect(0), collect(1):", gc.is_tracked(d))
gc.collect()
print("after collect():", gc.is_tracked(d))
n = 1
d2 = {"t": (n, n)}
print("holds a new tuple:", gc.is_tracked(d2))
gc.collect()
print("after the tuple was untracked:", gc.is_tracked(d2), gc.is_tracked(d2["t"]))
print({1: 2} == {1: 2}, gc.is_tracked({"x": 1}), gc.is_tracked(dict(a=1)), gc.is_tracked({"l": []}))
print(gc.is_tracked(dict.fromkeys(range(3))), gc.is_tracked({i: [i] for i in range(2)}))
