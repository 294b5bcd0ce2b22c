# gc.collect() called by a __del__ that runs during a collection returns 0 (no re-entry).
import gc

results = []

class D:
    def __del__(self):
        results.append(gc.collect())

gc.collect()
d = D()
d.me = d
del d
print("outer:", gc.collect())
print("inner:", results)
e = D()
del e
print("refcount death:", results)
