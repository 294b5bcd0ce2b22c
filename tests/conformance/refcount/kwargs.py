# **kwargs packs the keyword arguments into a fresh dict that holds the values.
import sys


def f(**kwargs):
    return sys.getrefcount(kwargs["a"])


def g(**kwargs):
    return sys.getrefcount(kwargs)


def h(a, **kwargs):
    return sys.getrefcount(a), sorted(kwargs)


x = []
print(f(a=x))
print(g(a=x, b=x))
print(h(a=x, b=1))
print(h(x, c=2, b=3))
print(sys.getrefcount(x))
