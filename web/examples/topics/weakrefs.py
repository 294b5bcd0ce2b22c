# Weak references: they let you reach an object without keeping it alive,
# so a child can point back to its parent without forming a cycle.
import sys
import weakref

class Tree:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self.parent = None
        if parent is not None:
            self.parent = weakref.ref(parent)
            parent.children.append(self)

def on_free(ref):
    print("  callback: the root was freed")

root = Tree("root")
leaf = Tree("leaf", root)
watch = weakref.ref(root, on_free)
print("leaf's parent:", leaf.parent().name)
print("references to root:", sys.getrefcount(root) - 1)  # weak references do not count
del root  # freed at once: no cycle, the link back is weak
print("leaf's parent now:", leaf.parent())
print("and the watcher gives:", watch())
