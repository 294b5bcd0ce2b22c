# A young object referred to by older garbage looks reachable to a young collection.
import gc

gc.collect()
old = []
old.append(old)
gc.collect(0)
gc.collect(1)
young = ["young"]
old.append(young)
del old, young
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
print("collect(2):", gc.collect(2))
