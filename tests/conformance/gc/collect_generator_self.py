# A generator that holds itself through its frame is closed and freed by the collector.
import gc

class Tracker:
    def __del__(self):
        print("tracker freed")

def gen():
    t = Tracker()
    me = yield "started"
    try:
        yield "got me"
    finally:
        print("finally")

gc.collect()
g = gen()
print(next(g))
print(g.send(g))
del g
print("collected:", gc.collect())
