# Which objects can be weakly referenced: not lists, dicts, tuples, ints, str, None...; classes,
# functions, methods, sets, modules and generators can; subclasses of list/dict/set/str can too.
import sys
import weakref

def f():
    yield 1

class C:
    def m(self):
        pass

candidates = [[], {}, (), 1, "s", None, 1.5, 2j, b"x", bytearray(), range(3), object(),
              Exception(), iter([]), slice(1), property(), classmethod(f), True, ...]
for obj in candidates:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(e)
for obj in [C, C(), f, C().m, len, [].append, set(), frozenset(), sys, f(), int, f.__code__]:
    print(type(obj).__name__, weakref.ref(obj)() is obj)

class L(list): pass
class D(dict): pass
class S(set): pass
class Str(str): pass
class T(tuple): pass
class I(int): pass
class B(bytes): pass
for cls in [L, D, S, Str, T, I, B]:
    try:
        o = cls()
        print(cls.__name__, weakref.ref(o)() is o)
    except TypeError as e:
        print(cls.__name__, e)
