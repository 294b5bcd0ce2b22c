# A set holds one reference per member; equal members are stored once.
import sys


class M:
    pass


m = M()
base = sys.getrefcount(m)
s = {m}
print(sys.getrefcount(m) - base)
s.add(m)
print(sys.getrefcount(m) - base)
f = frozenset(s)
print(sys.getrefcount(m) - base)
s.discard(m)
print(sys.getrefcount(m) - base, len(s))
del f
print(sys.getrefcount(m) - base)
