# Collection cost: one unreachable ring of N instances (each points to the next, the last to the
# first), freed by one gc.collect().
import gc
import time

N = 100000


class Node:
    pass


gc.disable()
first = Node()
node = first
for _ in range(N - 1):
    node.next = Node()
    node = node.next
node.next = first
del first, node
start = time.perf_counter()
collected = gc.collect()
elapsed = time.perf_counter() - start
print("collected", collected)
print("seconds", elapsed)
