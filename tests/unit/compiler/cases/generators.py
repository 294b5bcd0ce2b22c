def g():
    yield 1
    yield
def g2(n):
    for i in range(n):
        x = yield i
        print(x)
    return 5
def g3():
    yield from g()
def g4():
    try:
        yield 1
    finally:
        print("closed")
def g5():
    with open("f") as fh:
        yield fh
gen = (i * i for i in range(10))
lam = lambda: (yield)
