# Each kind of del target releases exactly one reference to the object.
import sys


class Holder:
    pass


x = object()
base = sys.getrefcount(x)
name = x
h = Holder()
h.attr = x
lst = [x, x, x]
d = {"k": x}
print(sys.getrefcount(x) - base)
del name
print(sys.getrefcount(x) - base)
del h.attr
print(sys.getrefcount(x) - base)
del lst[0]
print(sys.getrefcount(x) - base)
del lst[:]
print(sys.getrefcount(x) - base)
del d["k"]
print(sys.getrefcount(x) - base)
