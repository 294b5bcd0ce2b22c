# Breaking a cycle by hand: reference counting frees objects at once, but only
# if no cycle keeps them alive. Set one link to None and no collector is needed.
import gc
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("  freed", self.name)

gc.disable()  # only reference counting from here on

a = Node("a")
b = Node("b")
a.other = b
b.other = a
print("references to a:", sys.getrefcount(a) - 1)  # the name a, and b.other
del a
del b
print("after del a, b: nothing was freed")

c = Node("c")
d = Node("d")
c.other = d
d.other = c
d.other = None  # break the cycle by hand
del c           # no reference left: freed at once
del d
print("after del c, d: both freed")

gc.enable()
print("the collector frees a and b:", gc.collect())
