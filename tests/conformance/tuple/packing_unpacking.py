# Packing and unpacking tuples, including swaps and returns.
a, b = 1, 2
a, b = b, a
print(a, b)


def minmax(values):
    return min(values), max(values)


lo, hi = minmax([3, 9, 1])
print(lo, hi, minmax([5]))
for n, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(n, x, y)
head, *rest = (1, 2, 3)
print(head, rest, type(rest).__name__)
