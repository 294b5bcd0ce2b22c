# WeakSet: members disappear when they die.
import weakref

class Member:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Member(" + self.name + ")"

s = weakref.WeakSet()
x, y, z = Member("x"), Member("y"), Member("z")
s.add(x)
s.add(y)
s.add(x)
print(len(s), x in s, z in s, 3 in s)
del x
print(len(s), list(s))
s.update([z])
print(len(s), sorted(m.name for m in s))
s.discard(y)
print(len(s), s == weakref.WeakSet([z]), len(s | weakref.WeakSet([y])), len(s & weakref.WeakSet([y])))
print(s.pop() is z, len(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
print(repr(weakref.WeakSet()), type(s).__module__, weakref.WeakSet.__module__)
