# Large ints and floats computed at run time are fresh objects.
import sys

n = int("1000000")
m = n * 1000
print(m)
print(sys.getrefcount(m))
k = m
print(sys.getrefcount(m))
f = float("1.5") * 3
print(f)
print(sys.getrefcount(f))
big = 2 ** int("100")
print(big)
print(sys.getrefcount(big))
nums = [big, big]
print(sys.getrefcount(big))
