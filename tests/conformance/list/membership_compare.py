# in, ==, and ordering between lists use item comparisons.
lst = [1, "two", 3.0, [4], None]
print(3 in lst, 3.0 in lst, [4] in lst, None in lst, "t" in lst)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print([1, 2] == [1.0, 2.0], [[]] == [[]], lst.index(3))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(e)
