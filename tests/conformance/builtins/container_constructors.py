# list(), tuple(), dict(), set() and frozenset() from iterables.
print(list(), list("abc"), list((1, 2)), list({1: "a"}), list(range(3)))
print(tuple(), tuple([1, 2]), tuple("hi"), tuple(range(2)))
print(dict(), dict(a=1), dict([(1, 2), (3, 4)]), dict({1: 1}, x=2))
print(set(), set([3, 3, 1]), set(range(4)), frozenset([2, 2]))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    list(5)
except TypeError as e:
    print(e)
