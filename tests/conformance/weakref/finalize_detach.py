# finalize.detach() unregisters and returns (obj, func, args, kwargs); .atexit can be switched off.
import weakref

class Resource:
    pass

def release(name):
    print("release", name)

r = Resource()
f = weakref.finalize(r, release, "a")
obj, func, args, kwargs = f.detach()
print(obj is r, func is release, args, kwargs, f.alive, f.detach(), f.peek())
del obj
del r
print("nothing released")
s = Resource()
g = weakref.finalize(s, release, "b")
g.atexit = False
print(g.atexit, g.alive)
g.atexit = True
print(g.atexit)
del s
print(g.alive, g.atexit)
g.atexit = True
print(g.atexit)
