# Once enough objects survived young collections, generation 2 is collected automatically too.
import gc

class Obj:
    pass

events = []

def cb(phase, info):
    if phase == "stop":
        events.append(info["generation"])

gc.collect()
gc.set_threshold(50, 1, 1)
gc.callbacks.append(cb)
keep = []
for i in range(8000):
    keep.append(Obj())
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
full = [i for i, g in enumerate(events) if g == 2]
print(len(events), events.count(0), events.count(1), full)
