# With DEBUG_SAVEALL, __del__ still runs (once), then the objects go to gc.garbage.
import gc

class D:
    def __del__(self):
        print("__del__", self.name)

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
d = D()
d.name = "d"
d.me = d
del d
print("collected:", gc.collect())
print(len(gc.garbage), gc.garbage[0].name, gc.is_finalized(gc.garbage[0]))
print("again:", gc.collect())
gc.set_debug(0)
gc.garbage.clear()
print("after clearing:", gc.collect())
