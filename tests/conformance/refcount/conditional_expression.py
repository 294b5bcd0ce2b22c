# Short-circuit operators return one of their operands, not a copy.
import sys

a = []
b = [0]
ba, bb = sys.getrefcount(a), sys.getrefcount(b)
r1 = a or b
r2 = a and b
r3 = b if a else a
print(r1 is b, r2 is a, r3 is a)
print(sys.getrefcount(a) - ba, sys.getrefcount(b) - bb)
