# A generator expression evaluates its first iterable at once, the rest lazily.
data = [1, 2, 3]
g = (x * 2 for x in data)
data = [10, 20]
print(list(g))
items = [1, 2]
g2 = (x for x in items)
items.append(3)
print(list(g2))
factor = 2
g3 = (x * factor for x in range(3))
factor = 10
print(list(g3))
