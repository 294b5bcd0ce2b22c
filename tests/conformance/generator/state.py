# A generator remembers its locals between resumptions; each call makes an independent one.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f1 = fib()
f2 = fib()
print([next(f1) for _ in range(10)])
print(next(f2), next(f2), next(f1))
print(iter(f1) is f1, type(f1).__name__)
