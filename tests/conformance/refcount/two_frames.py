# An object passed down through nested calls gains one reference per frame.
import sys


def inner(q):
    return sys.getrefcount(q)


def middle(p):
    return inner(p)


def outer(o):
    return middle(o)


x = object()
print(inner(x))
print(middle(x))
print(outer(x))
print(sys.getrefcount(x))
