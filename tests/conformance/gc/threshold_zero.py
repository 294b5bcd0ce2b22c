# Threshold 0 disables automatic collection; a negative threshold collects on every allocation.
import gc

class Obj:
    pass

events = []
gc.callbacks.append(lambda phase, info: events.append(info["generation"]) if phase == "stop" else None)
gc.collect()
events.clear()
gc.set_threshold(0)
keep = [Obj() for _ in range(1000)]
print("threshold 0:", len(events), gc.get_count()[0] >= 1000)
gc.collect()
events.clear()
gc.set_threshold(-1, 3, 1000)
more = [Obj(), Obj(), Obj(), Obj(), Obj(), Obj(), Obj(), Obj(), Obj(), Obj()]
gc.set_threshold(700, 10, 10)
gc.callbacks.clear()
print("threshold -1:", events)
