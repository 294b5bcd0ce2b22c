# A function that rebinds a global replaces the module's reference.
import sys

first = []
second = []
current = first
b1, b2 = sys.getrefcount(first), sys.getrefcount(second)


def switch():
    global current
    current = second


switch()
print(sys.getrefcount(first) - b1, sys.getrefcount(second) - b2)


def clear():
    global current
    del current


clear()
print(sys.getrefcount(second) - b2)
print("current" in globals())
