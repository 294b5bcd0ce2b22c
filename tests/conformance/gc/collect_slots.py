# collect() for __slots__ instances: one object each, no __dict__.
import gc

class Pair:
    __slots__ = ("left", "right")

gc.collect()
a, b = Pair(), Pair()
a.left, a.right = b, None
b.left, b.right = a, [a]
del a, b
print("slots pair:", gc.collect())

class Mixed:
    __slots__ = ("ref", "__dict__")

m = Mixed()
m.ref = m
m.extra = [m]
del m
print("slots with __dict__:", gc.collect())
