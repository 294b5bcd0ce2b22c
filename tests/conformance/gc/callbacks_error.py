# An exception in a callback is reported as unraisable; the collection and other callbacks go on.
import gc

class Broken:
    def __call__(self, phase, info):
        raise RuntimeError("callback failed in " + phase)
    def __repr__(self):
        return "<Broken callback>"

def ok(phase, info):
    print("ok", phase)

gc.collect()
gc.callbacks.append(Broken())
gc.callbacks.append(ok)
a = []
a.append(a)
del a
print("collected:", gc.collect())
gc.callbacks.clear()
