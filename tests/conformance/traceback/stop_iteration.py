# next() on an exhausted iterator outside a loop.
it = iter([1])
print(next(it))
print(next(it))
