# disable() stops automatic collections only; counts keep growing past the threshold.
import gc

class Obj:
    pass

events = []
gc.callbacks.append(lambda phase, info: events.append(phase))
gc.collect()
events.clear()
gc.set_threshold(50)
gc.disable()
keep = [Obj() for _ in range(300)]
count_disabled = gc.get_count()[0]
gc.enable()
more = [Obj() for _ in range(10)]
gc.set_threshold(700)
gc.callbacks.clear()
print(count_disabled > 300, events)
