# Instance attributes are inline; a materialized __dict__ is a real dict with the usual rules.
import gc

class C:
    pass

gc.collect()
c = C()
c.x = 1
d = c.__dict__
print(gc.is_tracked(c), gc.is_tracked(d))
c.y = []
print(gc.is_tracked(d))
del c.y
gc.collect()
print(gc.is_tracked(d))
e = C()
e.items = [1]
print(gc.is_tracked(vars(e)))
