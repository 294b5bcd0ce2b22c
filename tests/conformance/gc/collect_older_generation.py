# collect(0) only sees generation 0: a cycle that moved to generation 1 waits for collect(1).
import gc

gc.collect()
a = []
a.append(a)
gc.collect(0)
del a
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
b = {}
b["b"] = b
gc.collect(0)
gc.collect(1)
del b
print("collect(0), collect(1):", gc.collect(0), gc.collect(1))
print("collect(2):", gc.collect(2))
