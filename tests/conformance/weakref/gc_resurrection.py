# A __del__ that resurrects its object: the weakref is already dead and stays so; nothing is counted.
import gc
import weakref

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)

gc.collect()
p = Phoenix("p")
p.me = p
r = weakref.ref(p, lambda ref: print("callback, ref() ->", ref()))
del p
print("collected:", gc.collect())
print("weakref after resurrection:", r(), "saved:", saved[0].name, gc.is_finalized(saved[0]))
r2 = weakref.ref(saved[0])
print("a new weakref works:", r2() is saved[0])
saved.clear()
print("collected:", gc.collect(), r2())
