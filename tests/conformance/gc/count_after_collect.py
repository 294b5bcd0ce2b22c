# get_count() after a collection: its own result tuple counts on the next call only.
import gc

gc.collect()
a = gc.get_count()
b = gc.get_count()
c = gc.get_count()
gc.collect()
d = gc.get_count()
e = gc.get_count()
gc.collect(0)
f = gc.get_count()
gc.collect(1)
g = gc.get_count()
print(a, b, c)
print(d, e)
print(f, g)
