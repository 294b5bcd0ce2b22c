# Strings built at run time are new objects; sys.intern returns the canonical one.
import sys

a = "memory"
b = "".join(["mem", "ory"])
print(a == b, a is b)
c = sys.intern(b)
print(c is a)
d = "mem"
e = d + "ory"
print(e is a, sys.intern(e) is a)
