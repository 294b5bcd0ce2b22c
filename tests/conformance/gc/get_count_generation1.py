# count[1] counts young collections since the last generation-1 collection.
import gc

class Obj:
    pass

gc.collect()
gc.set_threshold(10, 3, 100)
seen = []
keep = []
for i in range(60):
    keep.append(Obj())
    c = gc.get_count()
    if c[0] == 0:
        seen.append(c[1:])
gc.set_threshold(700, 10, 10)
print(seen)
