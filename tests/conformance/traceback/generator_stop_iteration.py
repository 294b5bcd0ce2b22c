# StopIteration raised inside a generator becomes RuntimeError, with the cause shown.
def gen():
    yield 1
    next(iter([]))


print(list(gen()))
