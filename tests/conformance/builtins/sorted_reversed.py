# sorted() returns a new list; reversed() returns an iterator.
data = [3, 1, 2]
print(sorted(data), data, sorted(data, reverse=True), sorted("cab"), sorted((2, 1)))
print(sorted({3: "a", 1: "b"}), sorted([[2], [1, 5], [1]]), sorted([], key=len))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
