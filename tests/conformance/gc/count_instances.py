# count[0] for instances: +1 each when created, -1 each when freed (no free list).
import gc

class Point:
    def __init__(self, x):
        self.x = x

gc.collect()
Point(0)  # warms the free lists used by the call itself
results = []
base = gc.get_count()[0]
points = [Point(i) for i in range(100)]
results.append(gc.get_count()[0] - base)
base = gc.get_count()[0]
del points
results.append(gc.get_count()[0] - base)
base = gc.get_count()[0]
p = Point(1)
q = Point(2)
results.append(gc.get_count()[0] - base)
del p
results.append(gc.get_count()[0] - base)
print(results)
