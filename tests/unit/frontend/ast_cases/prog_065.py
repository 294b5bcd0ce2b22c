class Node:
    def __init__(self, v):
        self.v = v
        self.next = None

a = Node(1)
b = Node(2)
a.next = b
b.next = a
del a, b
import gc
print(gc.collect())
