# At exit, live finalizers with atexit=True run newest first; those with atexit=False never run.
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def release(name):
    print("release", name)

a, b, c = Resource("a"), Resource("b"), Resource("c")
fa = weakref.finalize(a, release, "a")
fb = weakref.finalize(b, release, "b")
fc = weakref.finalize(c, release, "c")
fb.atexit = False
d = Resource("d")
weakref.finalize(d, release, "d")
del d
print("last line")
