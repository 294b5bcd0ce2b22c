# gc.callbacks: called with "start" and "stop" around each collection, with an info dict.
import gc

log = []

def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.collect()
gc.callbacks.append(cb)
a = []
a.append(a)
del a
gc.collect()
gc.collect(0)
b = {}
b["b"] = b
del b
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
for entry in log:
    print(entry)
