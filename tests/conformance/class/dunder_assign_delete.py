# Assigning or deleting a dunder on a class updates its slot: deleted, it is the base's again.
class Late:
    pass
x = Late()
Late.__len__ = lambda self: 7
print(len(x))
del Late.__len__
try:
    len(x)
except TypeError as e:
    print(e)
Late.__add__ = lambda self, o: "add"
Late.__radd__ = lambda self, o: "radd"
print(x + 1, 1 + x)
del Late.__add__
try:
    x + 1
except TypeError as e:
    print(e)
print(1 + x)
del Late.__radd__
try:
    1 + x
except TypeError as e:
    print(e)
Late.__getitem__ = lambda self, i: i * 2
Late.__setitem__ = lambda self, i, v: print("set", i, v)
print(x[4])
x[1] = 2
del Late.__setitem__
try:
    x[1] = 2
except TypeError as e:
    print(e)
print(x[5])
del Late.__getitem__
try:
    x[1]
except TypeError as e:
    print(e)
Late.__eq__ = lambda self, o: True
print(x == 3)
del Late.__eq__
print(x == 3, x == x)
Late.__iter__ = lambda self: iter([1, 2])
print(list(x))
del Late.__iter__
try:
    iter(x)
except TypeError as e:
    print(e)
Late.__bool__ = lambda self: False
print(bool(x))
del Late.__bool__
print(bool(x))
Late.__repr__ = lambda self: "LATE"
print(repr(x))
del Late.__repr__
print(repr(x).split(" at ")[0])
