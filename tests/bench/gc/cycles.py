# Collection cost: N unreachable two-object cycles (a.other = b, b.other = a), freed by one
# gc.collect(). Prints what was collected and the collection's time (scripts/bench_gc.sh).
import gc
import time

N = 100000


class Node:
    pass


gc.disable()
for _ in range(N):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
del a, b
start = time.perf_counter()
collected = gc.collect()
elapsed = time.perf_counter() - start
print("collected", collected)
print("seconds", elapsed)
