# **kwargs collects extra keyword arguments into a dict in call order.
def f(a, **kwargs):
    return a, kwargs


print(f(1), f(1, x=2, y=3), f(a=1, b=2))
opts = {"y": 1, "x": 2}
print(f(0, **opts), f(**{"a": 5, "z": 6}))


def g(*args, **kwargs):
    return args, kwargs


print(g(1, 2, k=3), g(**{"a": 1}, b=2))
