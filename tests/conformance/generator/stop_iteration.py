# An exhausted generator raises StopIteration; return sets its value.
def gen():
    yield 1
    return "done"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)
print(next(gen(), "default"), next(iter([]), "empty"))
