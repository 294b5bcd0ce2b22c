# A suspended generator keeps its arguments and locals alive until it finishes.
import sys


def gen(p):
    q = p
    yield 1
    q = None
    yield 2


x = []
base = sys.getrefcount(x)
g = gen(x)
print(sys.getrefcount(x) - base)
next(g)
print(sys.getrefcount(x) - base)
next(g)
print(sys.getrefcount(x) - base)
print(next(g, "end"))
print(sys.getrefcount(x) - base)
