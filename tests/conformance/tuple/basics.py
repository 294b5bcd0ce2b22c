# Tuples: creation, indexing, slicing, single-element tuples.
t = (1, 2, 3)
single = (5,)
not_tuple = (5)
print(t, single, not_tuple, (), tuple("ab"), 1, 2)
print(t[0], t[-1], t[1:], t[::-1], len(t), t + (4,), t * 2)
print(t.count(2), t.index(3), 2 in t, min(t), max(t), sum(t))
x = 1, 2
print(x, type(x).__name__)
