def f(*args, **kwargs):
    print(args, \)
f(1, 2, a=3)
