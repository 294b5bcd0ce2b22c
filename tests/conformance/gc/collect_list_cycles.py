# collect() counts every unreachable tracked object: list cycles of several shapes.
import gc

gc.collect()
a = []
a.append(a)
del a
print("list in itself:", gc.collect())
a, b = [], []
a.append(b)
b.append(a)
del a, b
print("two lists:", gc.collect())
ring = [[] for _ in range(10)]
for i in range(10):
    ring[i].append(ring[(i + 1) % 10])
del ring
print("ring of 10:", gc.collect())
a = [1, 2, "three", 4.0]
a.append(a)
del a
print("atoms are not counted:", gc.collect())
a = [[], [], ([],)]
a.append(a)
del a
print("everything hanging off the cycle:", gc.collect())
print("nothing left:", gc.collect())
