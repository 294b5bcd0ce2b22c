# range objects: length, indexing, slicing, membership, repr.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1])
print(5 in r, 6 in r, r.index(8), r.count(11))
print(range(5), range(0), list(range(0)), list(range(5, 0, -2)), list(range(-3)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
