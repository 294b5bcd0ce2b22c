# A tuple holds one reference per item, including repeated items.
import sys

x = []
base = sys.getrefcount(x)
t = (x, x, x)
print(sys.getrefcount(x) - base)
u = t + (x,)
print(sys.getrefcount(x) - base)
v = t * 2
print(sys.getrefcount(x) - base)
del t, u, v
print(sys.getrefcount(x) - base)
w = (1, 2, x)
print(sys.getrefcount(x) - base, sys.getrefcount(w))
