# Each local name bound to the same object adds one reference.
import sys


def f(p):
    counts = [sys.getrefcount(p)]
    a = p
    counts.append(sys.getrefcount(p))
    b = a
    counts.append(sys.getrefcount(p))
    del a
    counts.append(sys.getrefcount(p))
    b = None
    counts.append(sys.getrefcount(p))
    return counts


x = []
print(f(x))
print(sys.getrefcount(x))
