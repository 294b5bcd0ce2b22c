# At exit, __main__'s globals are finalized in the collector's order, after atexit calls and finalizers.
import atexit
import weakref

class G:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

g1 = G("g1")
g2 = G("g2")
g3 = G("g3")
g3.me = g3
_private = G("_private")
weakref.finalize(g2, print, "finalize g2")
r = weakref.ref(g1, lambda ref: print("weakref callback g1"))
atexit.register(print, "atexit call")
print("last line")
