# th=(100, 5, 1000) and 3000 allocations: 29 automatic collections, every 7th one of generation 1.
import gc

class Obj:
    pass

gc.collect()
before = [s["collections"] for s in gc.get_stats()]
gc.set_threshold(100, 5, 1000)
keep = []
for i in range(3000):
    keep.append(Obj())
count = gc.get_count()
after = [s["collections"] for s in gc.get_stats()]
gc.set_threshold(700, 10, 10)
print([a - b for a, b in zip(after, before)])
print(count)
