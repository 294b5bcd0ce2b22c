# Automatic collections are visible through gc.callbacks: which generation, how often.
import gc

class Obj:
    pass

events = []

def cb(phase, info):
    if phase == "stop":
        events.append(info["generation"])

gc.collect()
gc.set_threshold(10, 2, 5)
gc.callbacks.append(cb)
keep = [Obj() for _ in range(200)]
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(len(events))
print(events)
