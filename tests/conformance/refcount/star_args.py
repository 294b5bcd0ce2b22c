# *args packs the arguments into a tuple that holds one more reference to each.
import sys


def first(*args):
    return sys.getrefcount(args[0])


def g(head, *rest):
    return sys.getrefcount(head), sys.getrefcount(rest), len(rest)


x = []
y = []
print(first(x))
print(first(x, x))
print(first([]))
print(g(x, y, y))
print(sys.getrefcount(x), sys.getrefcount(y))
