# A bound method object holds its instance; every attribute access builds a new one.
import sys


class C:
    def m(self):
        return 1


o = C()
base = sys.getrefcount(o)
m = o.m
print(sys.getrefcount(o) - base)
print(m.__self__ is o)
print(o.m is o.m, o.m == o.m)
methods = [o.m, o.m, o.m]
print(sys.getrefcount(o) - base)
del methods
print(sys.getrefcount(o) - base)
del m
print(sys.getrefcount(o) - base)
