# is_finalized: True once tp_finalize ran; objects without __del__ are never finalized.
import gc

class WithDel:
    def __del__(self):
        keep.append(self)

class Plain:
    pass

keep = []
gc.collect()
w, p = WithDel(), Plain()
w.p, p.w = p, w
print(gc.is_finalized(w), gc.is_finalized(p), gc.is_finalized(1), gc.is_finalized([]))
del w, p
print("collected:", gc.collect())
w = keep[0]
print(gc.is_finalized(w), gc.is_finalized(w.p))
