# weakref.finalize: calling it runs the callback once and returns its result, later calls give None.
import weakref

class Resource:
    pass

def release(name, *rest, **kw):
    print("release", name, rest, kw)
    return name.upper()

r = Resource()
f = weakref.finalize(r, release, "db", 1, 2, mode="fast")
print(f.alive, f.atexit, type(f).__name__)
obj, func, args, kwargs = f.peek()
print(obj is r, func is release, args, kwargs)
print(f())
print(f(), f.alive, f.peek(), f.detach())
print(repr(f).split(" at ")[0], repr(f).endswith("; dead>"))
g = weakref.finalize(r, release, "cache")
print(repr(g).split(";")[1].split(" at ")[0])
del r
print("after del:", g.alive, g())
