def outer(x):
    y = 1
    def inner(z):
        return x + y + z
    return inner
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
def a():
    v = 1
    def b():
        def c():
            return v
        return c
    return b
def rec():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
def cell_arg(p):
    def use():
        return p
    del p
    return use
class K:
    x = 1
    def m(self):
        return x
def fn():
    x = 1
    class Inner:
        y = x
        def m(self):
            return x
    return Inner
