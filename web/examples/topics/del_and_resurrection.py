# __del__ runs just before an object is freed. It can even resurrect the
# object by storing a new reference to it; it then runs only once (PEP 442).
import gc

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__ of", self.name)
        saved.append(self)  # a new reference: the object survives

p = Phoenix("p")
del p
print("resurrected:", saved[0].name)
saved.clear()  # the last reference goes: freed, and __del__ does not run again
print("saved:", saved)

class Loop:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("  __del__ of the loop, run by the collector")

loop = Loop()
del loop  # alive through its own cycle
print("collected:", gc.collect())
