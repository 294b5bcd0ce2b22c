# next() of an exhausted iterator.
it = iter([])
next(it)
