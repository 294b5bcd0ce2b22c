# min() and max() with iterables, several arguments, key and default.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((2.5, 1)))
print(max(["a", "bbb", "cc"], key=len), min([(-1, "x"), (-1, "a")]), max([], default="none"))
print(min([1, -5, 3], key=abs), max({1: "z", 2: "a"}), max(1, 1.0), max(1.0, 1))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max(1, "a")
except TypeError as e:
    print(e)
