# Comprehensions can read enclosing function variables and call functions.
def table(n):
    return [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]


print(table(3))


def filter_above(values, limit):
    return [v for v in values if v > limit]


print(filter_above([1, 8, 3, 9], 4))
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row], [sum(row) for row in matrix])
