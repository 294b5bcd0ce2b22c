# Rebinding a nonlocal variable replaces what the cell holds and releases the old object.
import sys

first = object()
second = object()
b1, b2 = sys.getrefcount(first), sys.getrefcount(second)


def make(start):
    current = start

    def swap(new):
        nonlocal current
        current = new

    return swap


swap = make(first)
print(sys.getrefcount(first) - b1, sys.getrefcount(second) - b2)
swap(second)
print(sys.getrefcount(first) - b1, sys.getrefcount(second) - b2)
del swap
print(sys.getrefcount(first) - b1, sys.getrefcount(second) - b2)
