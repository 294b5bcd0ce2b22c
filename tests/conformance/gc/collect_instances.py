# collect() for instance cycles: an instance counts 1 while its attributes are inline.
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

gc.collect()
a = Node(1)
a.next = a
del a
print("instance in itself:", gc.collect())
a, b = Node(1), Node(2)
a.next, b.next = b, a
del a, b
print("two instances:", gc.collect())
a, b = Node(1), Node(2)
a.next, b.next = b, a
vars(a)
b.__dict__
del a, b
print("two instances with their __dict__:", gc.collect())
nodes = [Node(i) for i in range(5)]
for i in range(5):
    nodes[i].next = nodes[i - 1]
del nodes
print("ring of 5:", gc.collect())
a = Node("x")
a.next = [a, (a,), {"a": a}]
del a
print("instance with containers:", gc.collect())
