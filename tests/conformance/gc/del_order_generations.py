# A full collection walks generation 2, then 0, then 1: that is the __del__ order.
import gc

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

gc.collect()
a = D("oldest (gen 2)")
gc.collect()
b = D("middle (gen 1)")
gc.collect(0)
c = D("youngest (gen 0)")
a.next, b.next, c.next = b, c, a
del a, b, c
print("collected:", gc.collect())
