# Unpacking lists into names, with starred targets.
a, b, c = [1, 2, 3]
print(a, b, c)
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = [1]
print(init, tail)
(x, y), z = [[1, 2], 3]
print(x, y, z)
print([*range(3), *"ab", 9])
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
