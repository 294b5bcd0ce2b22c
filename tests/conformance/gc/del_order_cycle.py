# __del__ during a collection runs in the collector's list order (creation order here).
import gc

class D:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)

gc.collect()
a, b, c = D("a"), D("b"), D("c")
a.other, b.other, c.other = b, c, a
del a, b, c
print("collected:", gc.collect())
x, y = D("x"), D("y")
y.other, x.other = x, y
del y, x
print("collected:", gc.collect())
