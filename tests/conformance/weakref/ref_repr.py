# repr of weakrefs: the referent's type, its __name__ when it has one, and "dead" afterwards.
import weakref

class Node:
    pass

def func():
    pass

def shape(ref):
    # Drop the addresses: "<weakref at 0x..; to 'type' at 0x.. (Node)>" -> "<weakref; to 'type' (Node)>".
    head, _, rest = repr(ref).partition(";")
    words = [w for w in rest.rstrip(">").split() if w != "at" and not w.startswith("0x")]
    return head.split(" at ")[0] + "; " + " ".join(words) + ">"

n = Node()
for obj in [n, Node, func, len, weakref]:
    print(shape(weakref.ref(obj)))
r = weakref.ref(n)
del n
print(shape(r), repr(r).startswith("<weakref at 0x"), repr(r).endswith("; dead>"))
print(repr(weakref.ReferenceType), repr(weakref.ProxyType), repr(weakref.CallableProxyType))
print(weakref.ref.__module__, weakref.ref.__name__, weakref.ref.__qualname__, weakref.CallableProxyType.__module__)
