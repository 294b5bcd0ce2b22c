# PEP 442: __del__ runs at most once per object, and gc.is_finalized tells whether it ran.
import gc

saved = []

class Phoenix:
    def __del__(self):
        print("__del__ of", self.name)
        saved.append(self)

gc.collect()
p = Phoenix()
p.name = "p"
p.me = p
print(gc.is_finalized(p))
del p
print("collected (resurrected):", gc.collect())
p = saved.pop()
print(gc.is_finalized(p), p.me is p)
del p
print("collected the second time:", gc.collect())
print(saved)
