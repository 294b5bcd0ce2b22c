# An attribute holds one reference; replacing or deleting it releases the old value.
import sys


class Box:
    pass


x = []
y = []
bx, by = sys.getrefcount(x), sys.getrefcount(y)
b = Box()
b.item = x
print(sys.getrefcount(x) - bx)
b.other = x
print(sys.getrefcount(x) - bx)
b.item = y
print(sys.getrefcount(x) - bx, sys.getrefcount(y) - by)
del b.other
print(sys.getrefcount(x) - bx)
del b
print(sys.getrefcount(y) - by)
