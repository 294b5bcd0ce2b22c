# Every instance of a class holds a reference to the class.
import sys


class C:
    pass


base = sys.getrefcount(C)
a = C()
print(sys.getrefcount(C) - base)
many = [C() for _ in range(10)]
print(sys.getrefcount(C) - base)
del many
print(sys.getrefcount(C) - base)
b = a
print(sys.getrefcount(C) - base)
del a, b
print(sys.getrefcount(C) - base)
