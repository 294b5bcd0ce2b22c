# Generation 2 is collected automatically only when the survivors since the last full
# collection are at least 25% of what it kept (long_lived_pending >= long_lived_total / 4).
import gc

class Obj:
    pass

events = []

def cb(phase, info):
    if phase == "stop":
        events.append(info["generation"])

gc.collect()
gc.set_threshold(20, 1, 1)
gc.callbacks.append(cb)
keep = []
for i in range(600):
    keep.append(Obj())
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(len(events), events.count(0), events.count(1), events.count(2))
print(events[:20])
