# weakref.ref and the _weakref functions reject bad calls with CPython's messages.
import weakref

class Node:
    pass

n = Node()
calls = [
    lambda: weakref.ref(),
    lambda: weakref.ref(n, None, 3),
    lambda: weakref.ref(n, callback=None),
    lambda: weakref.ref(n)(1),
    lambda: weakref.ref(n)(x=1),
    lambda: weakref.getweakrefcount(),
    lambda: weakref.getweakrefs(n, n),
    lambda: weakref.proxy(),
    lambda: weakref.proxy(n, None, 3),
    lambda: weakref.proxy(n, callback=None),
    lambda: type(weakref.proxy(n))(),
    lambda: setattr(weakref.ref(n), "__callback__", print),
    lambda: setattr(weakref.ref(n), "x", 1),
]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
