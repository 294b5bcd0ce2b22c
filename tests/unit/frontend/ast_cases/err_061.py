def foo()
    pass