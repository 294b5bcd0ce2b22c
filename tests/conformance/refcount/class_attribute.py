# A class attribute is one reference, no matter how many instances read it.
import sys

shared = []
base = sys.getrefcount(shared)


class C:
    items = shared


print(sys.getrefcount(shared) - base)
objs = [C() for _ in range(5)]
print(sys.getrefcount(shared) - base)
print(objs[0].items is shared)
objs[0].items = shared
print(sys.getrefcount(shared) - base)
C.items = None
print(sys.getrefcount(shared) - base)
