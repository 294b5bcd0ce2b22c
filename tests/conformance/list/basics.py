# Creating, indexing and slicing lists.
lst = [10, 20, 30, 40, 50]
print(lst[0], lst[-1], lst[1:3], lst[::2], lst[::-1], lst[-2:], lst[:100])
lst[1] = 21
lst[2:4] = [31, 32, 33]
print(lst, len(lst))
lst[::2] = [0, 0, 0]
print(lst)
print([] == [], [1, [2]] == [1, [2]], [1, 2] < [1, 3], [1] < [1, 0])
print(list(), list("ab"), list(range(3)), [0] * 3, [1, 2] + [3])
