# Strings built at run time are fresh objects with their own counts (measured before printing them).
import sys

parts = ["memory", "-", "model"]
s = "".join(parts)
counts = [sys.getrefcount(s)]
t = s
counts.append(sys.getrefcount(s))
u = s.upper()
counts.append(sys.getrefcount(u))
v = s + "!"
counts.append(sys.getrefcount(v))
w = str(12345678)
counts.append(sys.getrefcount(w))
del t
counts.append(sys.getrefcount(s))
print(counts)
print(s, u, v, w)
