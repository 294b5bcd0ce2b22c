# Instances of list and dict subclasses are one object each for the collector.
import gc

class MyList(list):
    pass

class MyDict(dict):
    pass

gc.collect()
l = MyList()
l.append(l)
del l
print("list subclass:", gc.collect())
d = MyDict()
d["me"] = d
del d
print("dict subclass:", gc.collect())
