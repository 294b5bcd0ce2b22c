def a():
    return
def b():
    return None
def c(x):
    return x
def d(x):
    if x:
        return 1
    else:
        return 2
def e(x):
    while x:
        return x
def f():
    return (
        1
    )
def g(x):
    for i in x:
        return i
def h():
    pass
    return 1
