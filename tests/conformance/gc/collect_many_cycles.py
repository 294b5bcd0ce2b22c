# Many independent cycles are collected together; the count is exact.
import gc

class Node:
    pass

gc.collect()
for i in range(1000):
    a, b = Node(), Node()
    a.other, b.other = b, a
del a, b
gc.disable()
print(gc.collect())
for i in range(500):
    l = [i]
    l.append(l)
del l
print(gc.collect())
gc.enable()
