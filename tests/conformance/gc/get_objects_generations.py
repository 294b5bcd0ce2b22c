# get_objects(g) lists one generation; new containers start in generation 0 and move up.
import gc

def where(obj):
    return [any(o is obj for o in gc.get_objects(g)) for g in range(3)]

gc.collect()
x = [1, 2]
print("new list:", where(x))
gc.collect(0)
print("after collect(0):", where(x))
gc.collect(1)
print("after collect(1):", where(x))
gc.collect()
print("after collect():", where(x))
y = {"k": []}
print("dict holding a list:", where(y))
z = {"k": 1}
print("dict of atoms:", where(z), gc.is_tracked(z))
print("result list not included:", any(o is gc.get_objects() for o in gc.get_objects()))
