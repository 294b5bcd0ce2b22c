# The untracking pass walks the list in order: an outer tuple made before its items needs a second pass.
import gc

def make_outer_first(n):
    outer = [None]
    inner = (n, n + 1)
    outer[0] = inner
    return tuple(outer) + ()

gc.collect()
n = 3
inner = (n, n)
outer = (inner, inner)
gc.collect(0)
print("items first:", gc.is_tracked(inner), gc.is_tracked(outer))
a = [None]
outer2 = (a,)
a[0] = 1
gc.collect(0)
print("list inside:", gc.is_tracked(outer2))
