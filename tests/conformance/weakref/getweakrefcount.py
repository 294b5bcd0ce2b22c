# getweakrefcount and getweakrefs follow weakrefs as they are made and dropped.
import weakref

class Node:
    pass

n = Node()
print(weakref.getweakrefcount(n), weakref.getweakrefs(n))
refs = [weakref.ref(n, lambda r: None) for _ in range(3)]
shared = weakref.ref(n)
p = weakref.proxy(n)
print(weakref.getweakrefcount(n), len(weakref.getweakrefs(n)))
refs.pop()
del p
print(weakref.getweakrefcount(n))
print(weakref.getweakrefcount([]), weakref.getweakrefs(42), weakref.getweakrefcount(None))
del n
print(weakref.getweakrefcount(shared), [r() for r in refs], shared())
