# When the referent dies by refcount: __del__ first, then the callbacks, newest first, with ref() None.
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def make_cb(tag):
    def cb(ref):
        print("callback", tag, "ref() ->", ref() if type(ref) is weakref.ref else "(a proxy)")
    return cb

a = Node("a")
r1 = weakref.ref(a, make_cb(1))
r2 = weakref.ref(a, make_cb(2))
shared = weakref.ref(a)
p = weakref.proxy(a, make_cb("proxy"))
r3 = weakref.ref(a, make_cb(3))
print("weakrefs:", weakref.getweakrefcount(a))
del a
print("after del; shared ->", shared())
b = Node("b")
rb = weakref.ref(b, make_cb("only"))
b = None
print("end")
