# Objects moved back from "unreachable" go to the tail of the list, changing later __del__ order.
import gc

class D:
    def __init__(self, name):
        self.name = name
        self.next = None
    def __del__(self):
        print("del", self.name)

gc.collect()
x, y, z = D("x"), D("y"), D("z")
x.next, y.next, z.next = y, z, x
keep = z
del x, y, z
print("collect(0):", gc.collect(0))
print([o.name for o in gc.get_objects(1) if isinstance(o, D)])
del keep
print("collected:", gc.collect())
