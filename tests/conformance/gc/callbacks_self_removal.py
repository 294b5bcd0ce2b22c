# A callback may change gc.callbacks while it runs; the list is read as it is at each step.
import gc

calls = []

def once(phase, info):
    calls.append(("once", phase))
    gc.callbacks.remove(once)

def always(phase, info):
    calls.append(("always", phase))

gc.collect()
gc.callbacks.extend([once, always])
gc.collect(0)
gc.collect(0)
gc.callbacks.clear()
print(calls)
