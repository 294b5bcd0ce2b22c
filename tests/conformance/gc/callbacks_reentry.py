# gc.collect() inside a callback returns 0 at once: a collection is already running.
import gc

results = []

def cb(phase, info):
    results.append((phase, gc.collect()))

gc.collect()
gc.callbacks.append(cb)
a = []
a.append(a)
del a
print("outer:", gc.collect())
gc.callbacks.remove(cb)
print(results)
