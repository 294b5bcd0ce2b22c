# Default values are evaluated once, when def runs.
counter = 10


def f(a, b=2, c=counter):
    return a, b, c


counter = 99
print(f(1), f(1, 3), f(1, c=5), f(a=0))
print(f.__defaults__)


def g(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


print(g(1), g(2))
