# An exception inside a generator propagates to the caller and finishes the generator.
def risky():
    yield 1
    raise ValueError("inside")
    yield 2


g = risky()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "finished"))


def bad_stop():
    yield 1
    raise StopIteration


try:
    list(bad_stop())
except RuntimeError as e:
    print("RuntimeError:", e)
