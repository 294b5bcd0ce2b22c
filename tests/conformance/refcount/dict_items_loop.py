# Iterating d.items() reuses one result tuple that holds the current key and value.
import sys


class K:
    pass


k = K()
v = object()
d = {k: v}
kb, vb = sys.getrefcount(k), sys.getrefcount(v)
for key, value in d.items():
    print(sys.getrefcount(k) - kb, sys.getrefcount(v) - vb)
print(sys.getrefcount(k) - kb, sys.getrefcount(v) - vb)
del key, value
for key in d:
    print(sys.getrefcount(k) - kb)
del key
for value in d.values():
    print(sys.getrefcount(v) - vb)
