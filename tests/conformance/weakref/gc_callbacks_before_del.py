# In a collection, weakrefs to the garbage are cleared and their callbacks run before any __del__.
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

gc.collect()
a, b, c = Node("a"), Node("b"), Node("c")
a.next, b.next, c.next = b, c, a
refs = [weakref.ref(x, lambda r, n=x.name: print("callback", n, "ref() ->", r())) for x in (a, b, c)]
del a, b, c
print("collected:", gc.collect())
print([r() for r in refs])
