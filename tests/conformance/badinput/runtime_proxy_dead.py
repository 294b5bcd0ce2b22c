import weakref
class A:
    pass
a = A()
p = weakref.proxy(a)
del a
print(p.x)
