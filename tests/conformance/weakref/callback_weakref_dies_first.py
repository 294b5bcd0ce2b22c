# A callback runs only if its weakref outlives the referent; the weakref object itself can die first.
import weakref

class Node:
    def __init__(self, name):
        self.name = name

def cb(ref):
    print("callback for", ref)

a = Node("a")
r = weakref.ref(a, cb)
del r
del a
print("no callback: the weakref died first")
b = Node("b")
keep = weakref.ref(b, lambda ref: print("callback b, ref() ->", ref()))
b.selfref = keep
del b
print("end")
