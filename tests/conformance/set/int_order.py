# Iteration order of int sets follows the hash table slots, not insertion.
print({100, 5, 37, 8})
print({7, 15, 23, 31})
s = set()
for n in [64, 32, 16, 8, 4, 2, 1]:
    s.add(n)
print(s)
print(list({-3, -2, -1, 0, 1}))
print(set(range(10, 0, -1)))
