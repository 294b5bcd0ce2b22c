# A returned object is handed over; it keeps only the references that the caller binds.
import sys


def make():
    obj = []
    return obj


def passthrough(p):
    return p


r = make()
print(sys.getrefcount(r))
x = object()
base = sys.getrefcount(x)
y = passthrough(x)
print(sys.getrefcount(x) - base)
print(sys.getrefcount(make()))
