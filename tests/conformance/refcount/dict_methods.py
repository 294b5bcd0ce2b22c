# dict methods that store, return and remove values.
import sys

v = object()
base = sys.getrefcount(v)
d = {}
d.setdefault("a", v)
d.update(b=v, c=v)
print(sys.getrefcount(v) - base)
got = d.get("a")
print(sys.getrefcount(v) - base)
del got
popped = d.pop("b")
print(sys.getrefcount(v) - base)
del popped
key, value = d.popitem()
print(key, sys.getrefcount(v) - base)
del value
e = dict.fromkeys(range(4), v)
print(sys.getrefcount(v) - base)
e.clear()
d.clear()
print(sys.getrefcount(v) - base)
