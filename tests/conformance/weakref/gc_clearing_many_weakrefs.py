# Clearing several weakrefs with callbacks at once builds CPython's temporary tuple (gc.get_count()).
import gc
import weakref

class Node:
    pass

def cb(ref):
    pass

gc.collect()
n = Node()
one = weakref.ref(n, cb)
base = gc.get_count()[0]
del n
print("one callback:", gc.get_count()[0] - base)
gc.collect()
m = Node()
many = [weakref.ref(m, cb) for _ in range(3)]
base = gc.get_count()[0]
del m
print("three callbacks:", gc.get_count()[0] - base)
