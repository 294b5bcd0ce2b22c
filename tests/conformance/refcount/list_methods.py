# List methods add and drop references to their items.
import sys

x = object()
base = sys.getrefcount(x)
lst = []
lst.append(x)
lst.insert(0, x)
lst.extend([x, x])
print(sys.getrefcount(x) - base)
popped = lst.pop()
print(sys.getrefcount(x) - base)
del popped
lst.remove(x)
print(sys.getrefcount(x) - base)
print(lst.count(x), lst.index(x))
lst.reverse()
lst.sort(key=lambda item: 0)
print(sys.getrefcount(x) - base)
del lst[:]
print(sys.getrefcount(x) - base)
