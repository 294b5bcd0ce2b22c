# getattr, setattr and delattr change references like the attribute syntax.
import sys


class Holder:
    pass


x = []
base = sys.getrefcount(x)
h = Holder()
setattr(h, "value", x)
print(sys.getrefcount(x) - base)
got = getattr(h, "value")
print(sys.getrefcount(x) - base)
del got
delattr(h, "value")
print(sys.getrefcount(x) - base)
print(getattr(h, "value", "missing"))
