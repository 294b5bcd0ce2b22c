# WeakKeyDictionary: entries disappear when their keys die.
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Key(" + self.name + ")"

k = weakref.WeakKeyDictionary()
a, b = Key("a"), Key("b")
k[a] = 1
k[b] = 2
print(len(k), k[a], k.get(b), a in k, 5 in k, sorted(k.values()))
del a
print(len(k), list(k.keys()), list(k.items()))
print(k.pop(b), len(k), k.setdefault(b, 7), k[b])
z = Key("z")
k.update({z: 3})
print(len(k), sorted(k.values()), repr(k).split(" at ")[0], len(k.keyrefs()))
c = k.copy()
print(type(c).__name__, c == k)
del b, z
print(len(k), len(c))
