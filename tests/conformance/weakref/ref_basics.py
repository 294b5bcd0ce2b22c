# weakref.ref: calling it gives the object while it lives, None once it died; size and tracking.
import gc
import sys
import weakref

class Node:
    def __init__(self, name):
        self.name = name

a = Node("a")
r = weakref.ref(a)
print(r() is a, r().name)
print(sys.getsizeof(r), gc.is_tracked(r), type(r).__name__, type(r) is weakref.ReferenceType)
print(weakref.ref is weakref.ReferenceType, isinstance(r, weakref.ref))
base = sys.getrefcount(a)
def gone(ref):
    print("callback: ref() ->", ref())
r2 = weakref.ref(a, gone)
print("a weakref adds no reference:", sys.getrefcount(a) - base)
del a
print(r(), r2())
print(r.__callback__, r2.__callback__)
