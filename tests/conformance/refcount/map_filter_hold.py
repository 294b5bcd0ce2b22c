# map, filter and zip objects hold iterators over their inputs.
import sys

data = [1, 2, 3]
base = sys.getrefcount(data)
m = map(abs, data)
f = filter(None, data)
z = zip(data, data)
print(sys.getrefcount(data) - base)
print(list(m), list(f), list(z))
print(sys.getrefcount(data) - base)
del m, f, z
print(sys.getrefcount(data) - base)
