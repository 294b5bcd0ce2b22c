# Every list slot holding an object is one reference to it.
import sys

x = object()
base = sys.getrefcount(x)
lst = [x]
print(sys.getrefcount(x) - base)
lst.append(x)
lst.append(x)
print(sys.getrefcount(x) - base)
lst[0] = None
print(sys.getrefcount(x) - base)
lst.pop()
print(sys.getrefcount(x) - base)
lst.clear()
print(sys.getrefcount(x) - base)
twice = [x] * 4
print(sys.getrefcount(x) - base)
del twice
print(sys.getrefcount(x) - base)
