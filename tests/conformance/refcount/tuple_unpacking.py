# Unpacking binds each name to the tuple's items: one more reference each.
import sys

a0 = []
b0 = []
pair = (a0, b0)
ba, bb = sys.getrefcount(a0), sys.getrefcount(b0)
x, y = pair
print(sys.getrefcount(a0) - ba, sys.getrefcount(b0) - bb)
first, *rest = [a0, b0, b0]
print(sys.getrefcount(a0) - ba, sys.getrefcount(b0) - bb, len(rest))
del pair
print(sys.getrefcount(a0) - ba, sys.getrefcount(b0) - bb)
