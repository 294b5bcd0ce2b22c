# get_stats(): one dict per generation with collections, collected and uncollectable.
import gc

stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
before = gc.get_stats()
a = []
a.append(a)
del a
gc.collect(0)
b = {}
b["b"] = b
c = [b]
del b, c
gc.collect(1)
gc.collect(1)
gc.collect()
after = gc.get_stats()
for old, new in zip(before, after):
    print({key: new[key] - old[key] for key in old})
