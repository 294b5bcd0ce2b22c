# Iteration follows insertion order, not key order.
d = {}
for k in [5, -1, 100, 0, 7]:
    d[k] = k * k
print(d, sorted(d), list(reversed(d)))
del d[100]
d[100] = 0
print(list(d.keys()))
print(min(d), max(d.values()), sum(d))
