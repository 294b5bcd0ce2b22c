# o.m() does not create a bound method; self inside the method is one more reference.
import sys


class C:
    def m(self):
        return sys.getrefcount(self)

    def m2(self, other):
        return sys.getrefcount(other)


o = C()
print(sys.getrefcount(o))
print(o.m())
print(C.m(o))
print(o.m2(o))
print(sys.getrefcount(o))
