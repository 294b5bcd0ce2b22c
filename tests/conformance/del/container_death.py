# When a container dies, it releases a reference to each of its items.
import sys

a = object()
b = object()
ba, bb = sys.getrefcount(a), sys.getrefcount(b)
box = [a, b, [a, (b, a)]]
print(sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
del box
print(sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
table = {"x": a, "y": {"z": b}}
inner = table["y"]
del table
print(sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
inner.clear()
print(sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
