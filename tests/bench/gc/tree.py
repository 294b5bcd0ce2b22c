# Collection cost: an unreachable tree of N instances whose children point back to their parent
# (every edge is a cycle), freed by one gc.collect().
import gc
import time

N = 100000


class Node:
    def __init__(self, parent):
        self.parent = parent
        self.children = []


gc.disable()
nodes = [Node(None)]
for i in range(1, N):
    parent = nodes[(i - 1) // 3]
    child = Node(parent)
    parent.children.append(child)
    nodes.append(child)
del nodes, parent, child
start = time.perf_counter()
collected = gc.collect()
elapsed = time.perf_counter() - start
print("collected", collected)
print("seconds", elapsed)
