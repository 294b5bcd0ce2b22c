# Chained and tuple assignment bind every target to the same object.
import sys

x = []
base = sys.getrefcount(x)
a = b = c = x
print(sys.getrefcount(x) - base)
d, e = x, x
print(sys.getrefcount(x) - base)
a, b = 1, 2
print(sys.getrefcount(x) - base)
[f, g] = [x, None]
print(sys.getrefcount(x) - base)
