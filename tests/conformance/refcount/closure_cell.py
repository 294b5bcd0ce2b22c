# A variable captured by a closure lives in a cell; the cell holds the only reference.
import sys


def outer():
    x = object()
    inside = sys.getrefcount(x)

    def inner():
        return x

    return inner, inside


f, inside = outer()
print(inside)
obj = f()
print(sys.getrefcount(obj))
print(f.__closure__[0].cell_contents is obj)
del obj
print(sys.getrefcount(f.__closure__[0].cell_contents))
