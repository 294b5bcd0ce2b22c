# Materialized instance dicts are split over the class's shared keys: their size follows the
# class's instance count and names; a new key beyond them, or a non-str key, makes them combined.
import sys, gc
class P:
    def __init__(self, x, y):
        self.x = x; self.y = y
ps = [P(1, 2) for _ in range(5)]
d = vars(ps[0])
print(sys.getsizeof(d))
ps.append(P(3, 4))
print(sys.getsizeof(d))
d['z'] = 5
print(sys.getsizeof(d), sys.getsizeof(vars(ps[1])))
del d['x']
print(sys.getsizeof(d))
d[1] = 2
print(sys.getsizeof(d))
class Q: pass
qs = [Q() for _ in range(40)]
q = Q()
for i in range(5):
    setattr(q, 'a%d' % i, i)
print(sys.getsizeof(vars(q)), gc.is_tracked(q))
class R: pass
r = R()
print(gc.get_count()[0] >= 0)
for i in range(31):
    setattr(r, 'a%d' % i, i)
print(sys.getsizeof(r.__dict__))
c = vars(ps[2]).copy()
print(sys.getsizeof(c))
vars(ps[3]).clear()
print(sys.getsizeof(vars(ps[3])))
