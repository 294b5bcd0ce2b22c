# range() with one, two and three arguments.
print(list(range(4)), list(range(2, 6)), list(range(0, 10, 3)), list(range(5, -5, -4)))
print(range(3), range(1, 4), range(1, 4, 2), len(range(100, 0, -7)))
print(list(range(3, 3)), list(range(-2)), range(10)[2:8:2], 7 in range(0, 10, 7))
