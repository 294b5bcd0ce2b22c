# Objects reachable only from a cycle are finalized in list order too.
import gc

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

gc.collect()
first = [D("made before the list 1"), D("made before the list 2")]
first.append(first)
del first
print("collected:", gc.collect())
second = []
second.append(second)
second.append(D("made after the list 1"))
second.append(D("made after the list 2"))
second.insert(0, D("inserted first, made last"))
del second
print("collected:", gc.collect())
