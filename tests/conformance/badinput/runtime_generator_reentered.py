# A generator that runs itself.
def g():
    yield next(it)
it = g()
next(it)
