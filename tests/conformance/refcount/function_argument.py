# A parameter adds one reference while the call runs; the caller keeps no extra one.
import sys


def count(p):
    return sys.getrefcount(p)


def count_twice(p):
    first = sys.getrefcount(p)
    q = p
    return first, sys.getrefcount(p)


x = []
print(count(x))
print(count([]))
print(count_twice(x))
print(sys.getrefcount(x))
