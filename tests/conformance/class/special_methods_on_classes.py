# Special methods are looked up on the type: a class passed to getsizeof/dir/round uses type's.
import sys


class P:
    def __round__(self, n=None):
        return "rounded"

    def __sizeof__(self):
        return 1000


p = P()
print(sys.getsizeof(p), round(p), round(p, 2))
print(sys.getsizeof(P) > 1000)
print("__round__" in dir(P), "mro" in dir(type))
p.__round__ = lambda n=None: "instance attribute"
print(round(p))
try:
    round(P)
except TypeError as e:
    print(e)
