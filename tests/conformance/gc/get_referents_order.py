# get_referents() shows what tp_traverse visits, in its order.
import gc

class Point:
    def __init__(self):
        self.x = [1]
        self.y = "label"
        self.z = (2, 3)

n = 5
print(gc.get_referents([1, "a", [2], n]))
print(gc.get_referents((1, "b", (n,))))
print(gc.get_referents({"a": 1, "b": [2]}))
print(gc.get_referents({1: "one", (2,): "two"}))
p = Point()
refs = gc.get_referents(p)
print(refs[:3], refs[3] is Point)
print(gc.get_referents(1, "str", None))
print(gc.get_referents([1], [2, 3]))
print(gc.get_referents())
print(len(gc.get_referents(p.__dict__)))
