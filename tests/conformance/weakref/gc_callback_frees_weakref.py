# A callback that drops the last reference to its own weakref: that weakref counts as collected.
import gc
import weakref

class Node:
    pass

gc.collect()
registry = {}
n = Node()
n.self = n
registry["n"] = weakref.ref(n, lambda r: registry.clear())
del n
print("collected:", gc.collect(), registry)
cache = weakref.WeakValueDictionary()
for i in range(3):
    obj = Node()
    obj.self = obj
    cache[i] = obj
del obj
print(len(cache), "collected:", gc.collect(), len(cache))
