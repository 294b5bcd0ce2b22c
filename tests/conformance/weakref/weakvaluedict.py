# WeakValueDictionary: entries disappear when their values die.
import gc
import weakref

class Item:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Item(" + str(self.n) + ")"

items = [Item(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for it in items:
    d[it.n] = it
print(len(d), sorted(d.keys()), d[2], d.get(9, "none"), 3 in d, 9 in d)
del items[1]
print(len(d), sorted(d), sorted(v.n for v in d.values()))
print(sorted(k for k, v in d.items()))
print(d.pop(0), d.pop(42, "default"), d.setdefault(7, items[0]), len(d))
try:
    d[99]
except KeyError as e:
    print("KeyError", e)
c = d.copy()
print(type(c).__name__, len(c), c == d, repr(d).split(" at ")[0])
print(len(d.valuerefs()), type(d.valuerefs()[0]).__name__, d.valuerefs()[0].key in d)
cyc = Item("cycle")
cyc.me = cyc
d["cycle"] = cyc
del cyc
print(len(d), "collected:", gc.collect(), len(d))
d.clear()
print(len(d), dict(weakref.WeakValueDictionary({"a": items[0]}, b=items[2])))
