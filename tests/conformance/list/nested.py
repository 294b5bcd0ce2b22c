# Lists of lists and their repr.
matrix = [[1, 2, 3], [4, 5, 6]]
print(matrix, matrix[1][2], len(matrix), [row[0] for row in matrix])
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
matrix[0][0] = [0]
print(matrix)
empty = [[], [[]], [[], []]]
print(empty, len(empty[2]))
