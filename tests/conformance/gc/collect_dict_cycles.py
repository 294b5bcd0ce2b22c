# collect() for dict cycles, and untracked dicts hanging off a cycle.
import gc

gc.collect()
d = {}
d["me"] = d
del d
print("dict in itself:", gc.collect())
d1, d2 = {}, {}
d1["other"] = d2
d2["other"] = d1
del d1, d2
print("dict pair:", gc.collect())
d = {1: {"x": 1}, 2: {"y": [1]}}
d[3] = d
del d
print("atomic dict inside:", gc.collect())
d = {"key": None}
l = [d]
d["key"] = l
del d, l
print("dict and list:", gc.collect())
k = (1, 2)
d = {k: []}
d[k].append(d)
del d
print("tuple key:", gc.collect())
