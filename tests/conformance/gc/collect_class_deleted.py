# A class is always part of a cycle: deleting the last name does not free it; collect() does.
import gc

gc.collect()

class Simple:
    pass

del Simple
print("empty class:", gc.collect())

class WithMethods:
    def a(self):
        pass
    def b(self):
        pass

del WithMethods
print("class with two methods:", gc.collect())

class Base:
    pass

class Derived(Base):
    pass

del Derived
print("subclass:", gc.collect())
del Base
print("base class:", gc.collect())
