# map() and filter() are lazy iterators.
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(None, [0, "", "a", [], [0]])))
m = map(lambda x: x * 2, range(3))
print(next(m), list(m), list(m))
print(list(map(len, ["a", "bb"])), sum(map(abs, [-1, -2])))
