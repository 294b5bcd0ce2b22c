# With threshold 0 = 5, an automatic collection runs every 6 allocations: count[0] is a sawtooth.
import gc

class A:
    pass

gc.collect()
gc.get_count()
gc.set_threshold(5)
keep = []
seen = []
for i in range(20):
    keep.append(A())
    seen.append(gc.get_count())
gc.set_threshold(700)
print([c[0] for c in seen])
print([c[1] for c in seen])
