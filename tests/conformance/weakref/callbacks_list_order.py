# getweakrefs order: the shared ref, then the shared proxy, then the callback refs newest first.
import weakref

class Node:
    pass

def cb(ref):
    pass

n = Node()
c1 = weakref.ref(n, cb)
p = weakref.proxy(n)
c2 = weakref.ref(n, cb)
r = weakref.ref(n)
pc = weakref.proxy(n, cb)
c3 = weakref.ref(n, cb)
names = {id(c1): "c1", id(p): "proxy", id(c2): "c2", id(r): "ref", id(pc): "proxy+cb", id(c3): "c3"}
print([names[id(w)] for w in weakref.getweakrefs(n)])
del c2
print([names[id(w)] for w in weakref.getweakrefs(n)])
print(weakref.getweakrefcount(n), n.__weakref__ is r)
