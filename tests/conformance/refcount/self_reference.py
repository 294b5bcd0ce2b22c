# A list that contains itself: name + slot + argument.
import sys

a = []
a.append(a)
print(sys.getrefcount(a))
print(a)
d = {}
d["me"] = d
print(sys.getrefcount(d))
print(d)
a.append(d)
print(a)
print(sys.getrefcount(d))
