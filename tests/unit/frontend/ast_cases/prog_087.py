def f(*args, **kwargs):
    print(args, kwargs)
f(1, 2, a=3)
