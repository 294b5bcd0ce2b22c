# Callback-less refs are shared (ref(o) is ref(o)); refs with callbacks and subclass refs are not.
import weakref

class Node:
    pass

def cb(ref):
    pass

class MyRef(weakref.ref):
    pass

n = Node()
r1 = weakref.ref(n)
r2 = weakref.ref(n)
r3 = weakref.ref(n, None)
c1 = weakref.ref(n, cb)
c2 = weakref.ref(n, cb)
m1 = MyRef(n)
m2 = MyRef(n)
print(r1 is r2, r1 is r3, c1 is c2, c1 is r1, m1 is m2, m1 is r1)
print(c1.__callback__ is cb, r1.__callback__ is None)
print(weakref.getweakrefcount(n))
print([w is r1 for w in weakref.getweakrefs(n)])
del r1, r2, r3
r4 = weakref.ref(n)
print("shared ref made again:", weakref.getweakrefcount(n), weakref.getweakrefs(n)[0] is r4)
