# Each class registers itself with its bases as a weak reference: __subclasses__() lists the
# live ones, weakref.getweakrefcount(cls) counts that reference, and a class that dies leaves
# its bases' lists. The weakref is one more GC object per class statement.
import gc
import sys
import weakref

class Base:
    pass

class Left(Base):
    pass

class Right(Base):
    pass

class Both(Left, Right):
    pass

print(Base.__subclasses__(), Left.__subclasses__(), Both.__subclasses__())
print(weakref.getweakrefcount(Base), weakref.getweakrefcount(Both))
print(weakref.ref(Both) is weakref.getweakrefs(Both)[0])
print(Both in object.__subclasses__(), Base in object.__subclasses__())
del Both
gc.collect()
print(Left.__subclasses__(), Right.__subclasses__())
gc.disable()
gc.collect()
before = gc.get_count()
class Leaf(Right):
    pass
after = gc.get_count()
print(after[0] - before[0])
del Leaf
gc.collect()
print(Right.__subclasses__(), sys.getrefcount(Right))
