# Collection cost with nothing to free: N reachable instances in a list survive a full
# gc.collect() (the collector still visits every one).
import gc
import time

N = 100000


class Node:
    pass


gc.disable()
keep = [Node() for _ in range(N)]
gc.collect()
start = time.perf_counter()
collected = gc.collect()
elapsed = time.perf_counter() - start
print("collected", collected, len(keep))
print("seconds", elapsed)
