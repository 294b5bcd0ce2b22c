# A container inside another container is referenced by its slot.
import sys

inner = []
base = sys.getrefcount(inner)
outer = [inner, [inner], (inner,), {"k": inner}]
print(sys.getrefcount(inner) - base)
outer.pop()
print(sys.getrefcount(inner) - base)
copy = outer[:]
print(sys.getrefcount(inner) - base)
del outer
print(sys.getrefcount(inner) - base)
del copy
print(sys.getrefcount(inner) - base)
