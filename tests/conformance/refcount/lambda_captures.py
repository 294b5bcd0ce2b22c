# Lambdas hold their defaults and their closure cells.
import sys

x = object()
base = sys.getrefcount(x)
f = lambda p=x: p
print(sys.getrefcount(x) - base)


def make(v):
    return lambda: v


g = make(x)
print(sys.getrefcount(x) - base)
print(f() is x, g() is x)
del f, g
print(sys.getrefcount(x) - base)
