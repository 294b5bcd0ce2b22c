# A weakref that is itself garbage never calls its callback; the weakref object counts as collected.
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name

gc.collect()
n = Node("n")
n.self = n
n.wr = weakref.ref(n, lambda r: print("never printed"))
del n
print("collected:", gc.collect())
m = Node("m")
m.self = m
outside = weakref.ref(m, lambda r: print("callback: the weakref outlives the cycle"))
del m
print("collected:", gc.collect())
pair = [Node("x"), Node("y")]
pair[0].peer = weakref.ref(pair[1], lambda r: print("never printed either"))
pair[1].peer = weakref.ref(pair[0], lambda r: print("nor this"))
pair.append(pair)
del pair
print("collected:", gc.collect())
