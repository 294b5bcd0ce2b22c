# Up to 30 distinct attribute names an instance keeps them inline: it counts as one object.
import gc

class Wide:
    pass

def fill(obj, n):
    for i in range(n):
        setattr(obj, "attr%d" % i, i)

gc.collect()
w = Wide()
fill(w, 10)
w.me = w
del w
print("10 attributes:", gc.collect())
w = Wide()
fill(w, 25)
w.me = w
w.other = [w]
del w
print("25 attributes and a list:", gc.collect())
