def f(*args, **in):
    print(args, kwargs)
f(1, 2, a=3)
