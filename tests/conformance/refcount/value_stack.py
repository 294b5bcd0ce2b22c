# Values already pushed on the value stack count while a call is being prepared.
import sys

a = []
b = a
base = sys.getrefcount(a)
print(sys.getrefcount(a) - base)
print(b, sys.getrefcount(a) - base)
print(a, b, sys.getrefcount(a) - base)
print([a, b, sys.getrefcount(a) - base][2])
print((a, sys.getrefcount(a) - base)[1])
