# Once the referent is gone every use of a proxy raises ReferenceError.
import gc
import weakref

class Node:
    def __init__(self):
        self.x = 1
    def __len__(self):
        return 1

n = Node()
p = weakref.proxy(n, lambda proxy: print("callback got a", type(proxy).__name__))
del n
uses = [lambda: p.x, lambda: str(p), lambda: p + 1, lambda: len(p), lambda: bool(p),
        lambda: p == 1, lambda: iter(p), lambda: setattr(p, "y", 2), lambda: p[0], lambda: 1 in p]
for use in uses:
    try:
        use()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(repr(p).split(" to ")[1].split(" at ")[0])
m = Node()
m.me = m
pm = weakref.proxy(m)
del m
print("collected:", gc.collect())
try:
    pm.x
except ReferenceError as e:
    print("ReferenceError:", e)
