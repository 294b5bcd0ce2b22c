def g(x):
    try:
        yield x
    except GeneratorExit:
        print("exit")
        raise
    return x
def h():
    x = yield
    y = yield x
    return (yield y)
def k():
    for i in (yield):
        yield from i
def chain(*its):
    for it in its:
        yield from it
def nested():
    def inner():
        yield 1
    return (a for a in inner() if a)
gg = ((x, y) for x in range(3) for y in range(x))
def with_gen():
    with open("x") as f:
        yield from f
