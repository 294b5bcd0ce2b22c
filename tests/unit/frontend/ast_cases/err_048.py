def f():
    return 'abc