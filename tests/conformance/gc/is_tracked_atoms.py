# is_tracked: atoms are never tracked; containers, functions, classes and instances are.
import gc

class C:
    pass

class S:
    __slots__ = ("a",)

def f():
    pass

values = [1, 2**100, 1.5, 2j, "str", b"bytes", None, True, range(3), object(), Ellipsis,
          int, len, [], set(), frozenset(), C, C(), S(), f, lambda: 0, slice(1, 2),
          f.__code__, bytearray(b"x"), iter([]), {}.keys()]
for v in values:
    print(type(v).__name__, gc.is_tracked(v))
