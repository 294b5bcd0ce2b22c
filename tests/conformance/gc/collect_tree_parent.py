# A tree whose children point back to their parent: 2 objects per node (instance + children list).
import gc

class Node:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

gc.collect()
root = Node()
for i in range(3):
    child = Node(root)
    for j in range(2):
        Node(child)
del root, child
print("10 nodes:", gc.collect())
root = Node()
leaf = Node(Node(root))
del root
print("kept alive by a leaf:", gc.collect())
del leaf
print("after dropping the leaf:", gc.collect())
