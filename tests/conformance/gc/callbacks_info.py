# The info dict passed to gc.callbacks, and several callbacks in list order.
import gc

def first(phase, info):
    print("first", phase, sorted(info.items()))

def second(phase, info):
    print("second", phase, type(info).__name__, len(info))

gc.collect()
gc.callbacks.extend([first, second])
print("returned:", gc.collect(1))
gc.callbacks.clear()
print("returned:", gc.collect(1))
