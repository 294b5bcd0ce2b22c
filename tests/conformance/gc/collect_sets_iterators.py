# collect() for cycles through sets, iterators and dict views.
import gc

class Item:
    pass

gc.collect()
s = set()
i = Item()
i.owner = s
s.add(i)
del s, i
print("set and instance:", gc.collect())
l = [1, 2]
it = iter(l)
l.append(it)
del l, it
print("list and its iterator:", gc.collect())
d = {}
d["keys"] = d.keys()
del d
print("dict and its keys view:", gc.collect())
l = []
e = enumerate(l)
l.append(e)
del l, e
print("list and enumerate:", gc.collect())
t = ([],)
t[0].append(t)
del t
print("tuple and list:", gc.collect())
