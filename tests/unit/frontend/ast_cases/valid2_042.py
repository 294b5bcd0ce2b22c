def f():
    x = yield from g()
    await y