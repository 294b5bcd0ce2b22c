# [[]] * 3 repeats one inner list; a comprehension makes separate lists.
grid = [[]] * 3
grid[0].append(1)
print(grid, grid[0] is grid[2])
grid2 = [[] for _ in range(3)]
grid2[0].append(1)
print(grid2, grid2[0] is grid2[2])
row = [0] * 3
row[0] = 5
print(row)
