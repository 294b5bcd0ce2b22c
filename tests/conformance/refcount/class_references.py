# Who holds a class: its name, its own MRO, each descriptor of its dict (__dict__, __weakref__,
# slot members), and each subclass's MRO, bases and base. A class statement makes, in order:
# the bases tuple, the class, its MRO, the descriptors and its dict, the registry weakref.
import gc
import sys

class A:
    pass

print(sys.getrefcount(A))

class B:
    __slots__ = ("x", "y")

print(sys.getrefcount(B))

class C(A):
    pass

print(sys.getrefcount(A), sys.getrefcount(C))
a = A()
print(sys.getrefcount(A))

gc.disable()
gc.collect()
before = gc.get_objects()
ids = set(map(id, before))

class D(C):
    z = 1

print([type(o).__name__ for o in gc.get_objects() if id(o) not in ids and o is not before and o is not ids])
print(sorted(type(r).__name__ for r in gc.get_referrers(D)))
