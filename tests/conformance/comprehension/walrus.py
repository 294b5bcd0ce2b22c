# Assignment expressions in comprehensions bind in the enclosing scope.
data = [3, 8, 1, 9]
results = [y for x in data if (y := x * 2) > 5]
print(results, y)
if (n := len(data)) > 3:
    print("long", n)
total = 0
sums = [total := total + v for v in data]
print(sums, total)
