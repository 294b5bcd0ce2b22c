# Large cycles collect quickly and exactly: a 100,000-deep nested list and a ring of instances.
import gc

class Node:
    pass

gc.collect()
root = []
cur = root
for i in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(root)
del root, cur, nxt
gc.disable()
print("nested lists:", gc.collect())
first = Node()
node = first
for i in range(50000):
    node.next = Node()
    node = node.next
node.next = first
del first, node
print("ring of instances:", gc.collect())
gc.enable()
