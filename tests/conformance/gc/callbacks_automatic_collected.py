# The "stop" info of automatic collections reports what each one collected.
import gc

class Pair:
    pass

collected = []

def cb(phase, info):
    if phase == "stop" and info["collected"]:
        collected.append((info["generation"], info["collected"]))

gc.collect()
gc.set_threshold(50)
gc.callbacks.append(cb)
for i in range(120):
    a, b = Pair(), Pair()
    a.b, b.a = b, a
del a, b
gc.callbacks.remove(cb)
gc.set_threshold(700)
print(collected)
print(gc.collect())
