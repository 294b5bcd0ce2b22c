# DEBUG_SAVEALL: the garbage goes to gc.garbage instead of being freed, and is still counted.
import gc

class Node:
    pass

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a, b = Node(), Node()
a.other, b.other = b, a
a.tag, b.tag = "a", "b"
del a, b
print("collected:", gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
print(sorted(o.tag for o in gc.garbage))
lst = [1]
lst.append(lst)
del lst
print("collected:", gc.collect())
print(len(gc.garbage), gc.garbage[-1][0])
gc.set_debug(0)
del gc.garbage[:]
print("collected after clearing gc.garbage:", gc.collect())
print(gc.garbage)
