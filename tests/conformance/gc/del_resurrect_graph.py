# A resurrected object keeps everything it reaches alive; none of it is counted.
import gc

rescued = []

class Keeper:
    def __init__(self, name):
        self.name = name
        self.stuff = [self, {"x": [1, 2]}]
    def __del__(self):
        print("__del__", self.name)
        if self.name == "keep":
            rescued.append(self)

gc.collect()
k = Keeper("keep")
d = Keeper("drop")
k.other = d
d.other = k
del k, d
print("collected:", gc.collect())
print(len(rescued), rescued[0].other.name)
rescued.clear()
print("collected now:", gc.collect())
