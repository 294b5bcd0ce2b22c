# Equal strings have equal sizes whether or not they are the same object.
import sys

a = "size"
b = "".join(["si", "ze"])
print(a == b, sys.getsizeof(a) == sys.getsizeof(b), sys.getsizeof(b))
print(sys.getsizeof(sys.intern(b)))
print(sys.getsizeof(str(b)))
