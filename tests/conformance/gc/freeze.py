# freeze() moves every tracked object to the permanent generation; unfreeze() moves it to gen 2.
import gc

gc.collect()
a = []
a.append(a)
del a
gc.freeze()
frozen = gc.get_freeze_count()
count0 = gc.get_count()[0]
sizes = [len(gc.get_objects(g)) for g in range(3)]
print(frozen > 0, count0, sizes)
print("frozen cycle is not collected:", gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print("after unfreeze:", gc.collect())
b = [1]
gc.freeze()
print(gc.get_freeze_count() >= 1, any(o is b for o in gc.get_objects()))
gc.unfreeze()
print(any(o is b for o in gc.get_objects(2)))
