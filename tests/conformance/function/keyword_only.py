# Parameters after * or *args are keyword-only; before / positional-only.
def f(a, *, key, flag=False):
    return a, key, flag


print(f(1, key=2), f(1, flag=True, key=0))


def g(a, b, /, c):
    return a, b, c


print(g(1, 2, 3), g(1, 2, c=3))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    g(a=1, b=2, c=3)
except TypeError as e:
    print(e)
