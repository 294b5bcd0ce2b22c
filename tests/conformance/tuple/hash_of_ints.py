# Tuples of ints are hashable; equal tuples have equal hashes.
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
d = {(0, 0): "origin", (1, 2): "p"}
print(d[(1, 2)], d[1, 2], (0, 0) in d)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print(len({(1, 2), (1, 2), (2, 1)}))
