# Only a full collection empties the free lists: the next list then costs a new allocation.
import gc

r = []
gc.collect()
junk = [[] for _ in range(10)]
del junk
base = gc.get_count()[0]
x = []
r.append(("list after young collections", gc.get_count()[0] - base))
gc.collect(0)
gc.collect(1)
base = gc.get_count()[0]
y = []
r.append(("list after collect(1)", gc.get_count()[0] - base))
gc.collect()
base = gc.get_count()[0]
z = []
r.append(("list after collect()", gc.get_count()[0] - base))
print(r)
