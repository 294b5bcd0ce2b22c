# __slots__ without "__weakref__" leaves no room for weak references; with it (or no __slots__) there is.
import sys
import weakref

class Plain:
    pass

class NoWeak:
    __slots__ = ("a",)

class WithWeak:
    __slots__ = ("a", "__weakref__")

class SubOfNoWeak(NoWeak):
    pass

class SlotsSubOfNoWeak(NoWeak):
    __slots__ = ("b",)

for cls in [Plain, NoWeak, WithWeak, SubOfNoWeak, SlotsSubOfNoWeak]:
    o = cls()
    try:
        weakref.ref(o)
        ok = "weakrefable"
    except TypeError as e:
        ok = str(e)
    print(cls.__name__, sys.getsizeof(o), hasattr(o, "__weakref__"), ok)
w = WithWeak()
print(w.__weakref__)
r = weakref.ref(w)
print(w.__weakref__ is r)
p = weakref.proxy(w)
print(w.__weakref__ is r, weakref.getweakrefcount(w))
print(type(WithWeak.__dict__["__weakref__"]).__name__)
