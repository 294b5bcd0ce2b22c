# count[0] for dicts, tuples, sets and functions, with and without free lists.
import gc

gc.collect()
r = []
base = gc.get_count()[0]
d = {"a": 1}
r.append(("dict after a full collection", gc.get_count()[0] - base))
del d
base = gc.get_count()[0]
d2 = {"b": 2}
r.append(("dict from the free list", gc.get_count()[0] - base))
base = gc.get_count()[0]
s = {1, 2, 3}
r.append(("set", gc.get_count()[0] - base))
n = 5
base = gc.get_count()[0]
t = (n, n + 1)
r.append(("tuple after a full collection", gc.get_count()[0] - base))
del t
base = gc.get_count()[0]
t2 = (n, n + 2)
r.append(("tuple from the free list", gc.get_count()[0] - base))
base = gc.get_count()[0]
f = lambda: 1
r.append(("function", gc.get_count()[0] - base))
base = gc.get_count()[0]
del s, f
r.append(("set and function freed", gc.get_count()[0] - base))
for label, value in r:
    print(label, value)
