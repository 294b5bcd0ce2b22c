# Without a cycle, __del__ runs as soon as the last reference goes; collect() finds nothing.
import gc

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

gc.collect()
a = D("a")
b = D("b")
a.child = b
del b
print("before del a")
del a
print("after del a")
print("collected:", gc.collect())
