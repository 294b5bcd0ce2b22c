# sum(), any() and all().
print(sum([1, 2, 3]), sum([]), sum(range(5), 10), sum([0.5, 0.25]), sum([[1], [2]], []))
print(any([]), any([0, 0, 1]), any("" for _ in range(3)), all([]), all([1, 2, 0]), all("ab"))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
