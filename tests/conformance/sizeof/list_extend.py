# extend on an empty list is exact; on a non-empty list it over-allocates.
import sys

e = []
e.extend(range(10))
print(sys.getsizeof(e))
f = [1]
f.extend(range(10))
print(sys.getsizeof(f))
g = [1, 2]
g += [3]
print(sys.getsizeof(g))
h = []
h += (1, 2, 3)
print(sys.getsizeof(h))
k = []
k.extend(x for x in range(10))
print(sys.getsizeof(k))
