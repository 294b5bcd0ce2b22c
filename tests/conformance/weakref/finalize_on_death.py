# A finalizer runs when its object dies: by refcount at once, in a cycle when the collector runs.
import gc
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def release(name):
    print("release", name)

a = Resource("a")
weakref.finalize(a, release, "a")
del a
print("after del a")
b = Resource("b")
b.me = b
fb = weakref.finalize(b, release, "b")
del b
print("alive before collect:", fb.alive)
print("collected:", gc.collect())
print("alive after collect:", fb.alive)
c = Resource("c")
fs = [weakref.finalize(c, release, "c" + str(i)) for i in range(3)]
del c
print([f.alive for f in fs])
