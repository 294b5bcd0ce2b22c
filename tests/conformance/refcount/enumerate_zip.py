# enumerate and zip reuse their result tuple, which keeps the current items alive.
import sys

a = [object(), object()]
b = [object(), object()]
base_a = sys.getrefcount(a[0])
base_b = sys.getrefcount(b[0])
for i, v in enumerate(a):
    if i == 0:
        print("enumerate:", sys.getrefcount(a[0]) - base_a)
        break
print("after:", sys.getrefcount(a[0]) - base_a)
del v
for x, y in zip(a, b):
    print("zip:", sys.getrefcount(a[0]) - base_a, sys.getrefcount(b[0]) - base_b)
    break
del x, y
print("after:", sys.getrefcount(a[0]) - base_a, sys.getrefcount(b[0]) - base_b)
