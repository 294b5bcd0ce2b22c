# count[0] for lists: the free list absorbs up to 80 dead lists, then memory is released.
import gc

gc.collect()
base = gc.get_count()[0]
x = [[] for _ in range(100)]
print("after 100 lists:", gc.get_count()[0] - base)
base = gc.get_count()[0]
del x
print("after freeing them:", gc.get_count()[0] - base)
base = gc.get_count()[0]
y = [[] for _ in range(50)]
print("50 lists from the free list:", gc.get_count()[0] - base)
del y
