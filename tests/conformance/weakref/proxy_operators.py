# Operators on a proxy apply to its referent; a proxy operand is replaced by its referent.
import weakref

class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return Vec(self.x + (o.x if isinstance(o, Vec) else o))
    def __radd__(self, o):
        return Vec(o + self.x)
    def __mul__(self, o):
        return Vec(self.x * o)
    def __neg__(self):
        return Vec(-self.x)
    def __len__(self):
        return self.x
    def __getitem__(self, i):
        return i * 10
    def __setitem__(self, i, v):
        print("setitem", i, v)
    def __delitem__(self, i):
        print("delitem", i)
    def __iter__(self):
        return iter(range(self.x))
    def __contains__(self, v):
        return v == 1
    def __eq__(self, o):
        return isinstance(o, Vec) and o.x == self.x
    __hash__ = None
    def __lt__(self, o):
        return self.x < o.x
    def __bool__(self):
        return self.x != 0
    def __int__(self):
        return self.x
    def __float__(self):
        return float(self.x)
    def __index__(self):
        return self.x
    def __str__(self):
        return "Vec<" + str(self.x) + ">"

v = Vec(3)
p = weakref.proxy(v)
print((p + 1).x, (1 + p).x, (p + p).x, (p * 2).x, (-p).x)
print(len(p), p[2], 1 in p, 2 in p, list(p), [10, 20, 30, 40][p])
p[1] = 5
del p[0]
print(p == Vec(3), p < Vec(4), bool(p), int(p), float(p), str(p))
q = p
q += 1
print(type(q).__name__, q.x, type(p).__name__)
gen = (i * i for i in range(4))
pg = weakref.proxy(gen)
print(next(pg), next(pg), list(pg))
