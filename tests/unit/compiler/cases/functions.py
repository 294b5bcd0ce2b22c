def f(a, b=1, *args, c, d=2, **kw):
    """doc"""
    return a + b

def g():
    pass

def h(x):
    y = x
    del y
    return

def k(a, /, b):
    return a

def m(x):
    if x:
        return 1
    return 2

def n():
    global G
    G = 1

def p(x: int, y: "str" = "a") -> bool:
    return True

print(f(1, c=2), g(), h(1), k(1, 2), m(0), n(), p(1))
lam = lambda x, y=3: x * y
lam2 = lambda: 0
