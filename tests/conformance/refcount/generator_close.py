# Closing or dropping a suspended generator releases its frame's references.
import sys


def gen(p):
    yield p
    yield p


x = object()
base = sys.getrefcount(x)
g = gen(x)
next(g)
print(sys.getrefcount(x) - base)
g.close()
print(sys.getrefcount(x) - base)
h = gen(x)
next(h)
print(sys.getrefcount(x) - base)
del h
print(sys.getrefcount(x) - base)
