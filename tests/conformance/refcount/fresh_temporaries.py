# An object that only exists as the argument of getrefcount has a count of 1.
import sys


class C:
    pass


print(sys.getrefcount([]))
print(sys.getrefcount({}))
print(sys.getrefcount(set()))
print(sys.getrefcount(object()))
print(sys.getrefcount(C()))
print(sys.getrefcount([1, 2, 3]))
print(sys.getrefcount(float("2.5")))
print(sys.getrefcount(int("123456789012345678901234567890")))
