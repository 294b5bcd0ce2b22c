# weakref.ref can be subclassed: extra attributes, __slots__, a custom __init__; sizes as CPython's.
import sys
import weakref

class Node:
    pass

class TaggedRef(weakref.ref):
    # ref.__new__ takes at most two arguments: a subclass with more defines __new__ too.
    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag

class SlotRef(weakref.ref):
    __slots__ = ("key",)
    def __new__(cls, ob, key):
        self = weakref.ref.__new__(cls, ob)
        self.key = key
        return self
    def __init__(self, ob, key):
        super().__init__(ob)

n = Node()
t = TaggedRef(n, None, "t1")
s = SlotRef(n, "k")
print(t.tag, t() is n, s.key, s() is n)
print(type(t).__name__, isinstance(t, weakref.ref), t is weakref.ref(n), t is TaggedRef(n))
print(sys.getsizeof(t), sys.getsizeof(s), hasattr(s, "__dict__"))
print(weakref.getweakrefcount(n))
w = weakref.ref(t)
print("a subclass instance with a __dict__ is weakly referenceable:", w() is t)
del n
print(t(), s(), t.tag)
