# Assigning to a slot or a slice moves references between the old and new items.
import sys

a = object()
b = object()
ba, bb = sys.getrefcount(a), sys.getrefcount(b)
lst = [a, a, a]
lst[0] = b
print(sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
lst[1:] = [b, b, b]
print(sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
lst[::2] = [a, a]
print(sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
print(len(lst))
