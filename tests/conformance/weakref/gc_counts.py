# gc.get_count() deltas of weakref operations, each measured right after a full collection.
import gc
import weakref

class Node:
    pass

n = Node()

def measure(label, make):
    gc.collect()
    base = gc.get_count()[0]
    keep = make()
    print(label, gc.get_count()[0] - base)
    return keep

measure("ref", lambda: weakref.ref(n))
measure("ref with callback", lambda: weakref.ref(n, print))
measure("proxy", lambda: weakref.proxy(n))
measure("WeakValueDictionary()", weakref.WeakValueDictionary)
wvd = weakref.WeakValueDictionary()
def store():
    wvd["k"] = n
measure("WeakValueDictionary setitem", store)
measure("WeakKeyDictionary()", weakref.WeakKeyDictionary)
measure("WeakSet()", weakref.WeakSet)
ws = weakref.WeakSet()
measure("WeakSet.add", lambda: ws.add(n))
measure("finalize", lambda: weakref.finalize(n, print))
measure("list(wvd.items())", lambda: list(wvd.items()))
measure("getweakrefs", lambda: weakref.getweakrefs(n))
