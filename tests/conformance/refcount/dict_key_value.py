# A dict entry holds one reference to its key and one to its value.
import sys


class Key:
    pass


k = Key()
v = []
kb, vb = sys.getrefcount(k), sys.getrefcount(v)
d = {k: v}
print(sys.getrefcount(k) - kb, sys.getrefcount(v) - vb)
d[k] = v
print(sys.getrefcount(k) - kb, sys.getrefcount(v) - vb)
d[k] = None
print(sys.getrefcount(k) - kb, sys.getrefcount(v) - vb)
e = {1: v, 2: v, 3: v}
print(sys.getrefcount(v) - vb)
del d[k]
print(sys.getrefcount(k) - kb)
e.clear()
print(sys.getrefcount(v) - vb)
