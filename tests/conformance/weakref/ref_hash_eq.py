# Weakrefs hash like their referent (cached once computed) and compare by referent; dead ones by identity.
import weakref

class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k

a, b = Key(1), Key(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(hash(ra) == hash(a), ra == rb, ra != rb, ra is rb)
h = hash(ra)
del a
print("hash kept after death:", hash(ra) == h)
print("dead vs alive:", ra == rb, ra != rb, ra == ra)
c = Key(2)
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
try:
    ra < rb
except TypeError as e:
    print("TypeError:", e)
print({rb: "x"}[weakref.ref(b)], ra == 1, ra.__eq__(1))
