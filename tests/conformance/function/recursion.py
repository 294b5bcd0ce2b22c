# Recursive functions.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def flatten(items):
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


print(factorial(20), factorial(0), [fib(i) for i in range(12)])
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
print(factorial(100) % 1000003)
