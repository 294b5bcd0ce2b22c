# type.__sizeof__: classes are PyHeapTypeObjects (plus the shared-keys table of managed-dict
# classes), builtin types PyTypeObjects; __basicsize__/__itemsize__ are CPython's.
import sys


class P:
    pass


class S:
    __slots__ = ("a", "b")


class S2(S):
    pass


class Meta(type):
    pass


class M(metaclass=Meta):
    pass


print(sys.getsizeof(P), sys.getsizeof(S), sys.getsizeof(S2), sys.getsizeof(M), sys.getsizeof(Meta))
print(sys.getsizeof(int), sys.getsizeof(type), sys.getsizeof(object))
print(type.__sizeof__(P), P.__sizeof__(P()), S.__sizeof__(S()))
for c in (P, S, S2, type, object, int, bool, list, dict, tuple, str, bytes, float, set, frozenset, range, complex, bytearray):
    print(c.__name__, c.__basicsize__, c.__itemsize__)
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(0))
try:
    class Bad(type):
        __slots__ = ("x",)
except TypeError as e:
    print(e)
