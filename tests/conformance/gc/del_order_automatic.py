# __del__ of cyclic garbage runs inside the allocation that triggers an automatic collection.
import gc

class Noisy:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        log.append("del " + self.name)

log = []
gc.collect()
gc.set_threshold(5)
for name in "abcdefghij":
    Noisy(name)
    log.append("made " + name)
gc.set_threshold(700)
gc.collect()
print("\n".join(log))
