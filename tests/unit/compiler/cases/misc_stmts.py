import sys
def f(*args, **kwargs):
    print(args, kwargs)
class C(*[object], **{}):
    pass
def g(a, *, b=1, c):
    pass
def h(*args: int, **kw: str) -> None:
    pass
x = y = [1]
x[0] = y[0] = 2
(a := 5)
if (n := len(x)) > 0:
    print(n)
print(*x, sep="")
del x[0], y
global_x = [i for i in range(3)]
raise SystemExit
