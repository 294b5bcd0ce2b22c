# sort and sorted with keys, reverse and stability.
words = ["banana", "Apple", "cherry", "apple", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(sorted([3, -1, 2, -5], key=abs), sorted([[2, 1], [1, 3], [1, 2]]))
