# A comprehension has its own scope: its loop variable does not leak.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
n = 10
print([n + i for i in range(3)])


def f():
    k = 5
    return [k * j for j in range(3)]


print(f())
print([lambda: i for i in range(3)][0]())
