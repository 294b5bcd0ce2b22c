# Dict comprehensions, merging with | and |=, and {**a, **b}.
squares = {n: n * n for n in range(5)}
print(squares)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a | b, b | a, {**a, **b})
a |= b
print(a)
print({v: k for k, v in {"p": 1, "q": 1}.items()})
