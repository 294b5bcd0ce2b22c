def f():
    return (yield x)