# A suspended generator in a cycle is closed by the collector, which frees the cycle: 0.
import gc

def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("finally runs during the collection")

gc.collect()
box = []
g = gen(box)
box.append(g)
next(g)
del g, box
print("collected:", gc.collect())

def counter():
    n = 0
    while True:
        n += 1
        yield n

c = counter()
next(c)
holder = [c]
c.gi_frame  # the frame object exists now
holder.append(holder)
del c, holder
print("generator hanging off a list cycle:", gc.collect())
