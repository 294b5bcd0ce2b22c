# collect() takes the generation positionally or by keyword, and runs while disabled.
import gc

gc.collect()
a = []
a.append(a)
del a
gc.disable()
print(gc.collect(generation=0))
b = {}
b["me"] = b
del b
print(gc.collect(1))
c = [[]]
c[0].append(c)
del c
print(gc.collect(True))
print(gc.isenabled())
gc.enable()
print(gc.collect())
