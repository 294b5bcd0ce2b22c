# An exception in a weakref callback is printed as "Exception ignored in: <callback>"; the rest run.
import gc
import weakref

class Failing:
    def __init__(self, tag):
        self.tag = tag
    def __call__(self, ref):
        print("callback", self.tag)
        raise ValueError("callback " + self.tag + " failed")
    def __repr__(self):
        return "<Failing " + self.tag + ">"

class Node:
    pass

a = Node()
r1 = weakref.ref(a, Failing("first"))
r2 = weakref.ref(a, Failing("second"))
del a
print("after refcount death")
b = Node()
b.me = b
rb = weakref.ref(b, Failing("in a collection"))
del b
print("collected:", gc.collect())
print("end")
