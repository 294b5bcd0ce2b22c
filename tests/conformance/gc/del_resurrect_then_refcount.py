# An object resurrected during a collection later dies by refcount without a second __del__.
import gc

saved = None

class Lazarus:
    def __del__(self):
        global saved
        print("__del__ runs")
        saved = self

gc.collect()
x = Lazarus()
x.me = x
del x
print("collected:", gc.collect())
print(gc.is_finalized(saved))
saved.me = None
saved = None
print("after dropping it:", gc.collect())
