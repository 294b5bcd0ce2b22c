import weakref
class A: pass
a = A()
r = weakref.ref(a)withprint(r() is a)
