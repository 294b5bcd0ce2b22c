# A class's repr and its instances' reprs read __module__ from the class dict each time; a
# class refers to its dict, its MRO, its bases and its base (gc.get_referents), not to a name.
import gc

class A:
    pass

print(repr(A))
A.__module__ = "elsewhere"
print(repr(A), repr(A()).split(" object")[0])
A.__module__ = 42
print(repr(A), repr(A()).split(" object")[0])
try:
    del A.__module__
except TypeError as e:
    print(e)
try:
    int.__module__ = "mine"
except TypeError as e:
    print(e)
print([type(r).__name__ for r in gc.get_referents(A)])
