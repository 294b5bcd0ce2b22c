# IndexError with carets under the subscript.
items = [10, 20, 30]
index = 3
print(items[0])
print(items[index] * 2)
