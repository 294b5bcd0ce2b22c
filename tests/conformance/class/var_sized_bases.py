# Classes over var-sized builtins: a dict pointer after the items, no weakref slot, no member slots.
import sys
class T(tuple):
    pass
t = T((1, 2, 3))
t.x = [5]
print(t, t.x, len(t), t[1:], sys.getsizeof(t), vars(t))
print(T.__basicsize__, T.__itemsize__, sys.getsizeof(T(range(100))))
big = T(range(50))
big.name = "big"
print(big.name, sum(big), big.__dict__)
try:
    class U(tuple):
        __slots__ = ('a',)
except TypeError as e:
    print(e)
try:
    class V(bytes):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(e)
class W(tuple):
    __slots__ = ()
w = W((1,))
print(sys.getsizeof(w), hasattr(w, '__dict__'))
class I(int):
    pass
i = I(10**30)
i.y = 1
print(i, i.y, sys.getsizeof(i))
class B(bytes):
    pass
b = B(b'hello')
b.z = [1]
print(b, b.z, sys.getsizeof(b), vars(b))
class P(T):
    def total(self):
        return sum(self)
p = P((4, 5, 6))
p.tag = "p"
print(p.total(), p.tag, sys.getsizeof(p))
