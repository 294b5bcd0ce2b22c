# A default value is kept alive by the function's __defaults__ tuple.
import sys

x = []
print(sys.getrefcount(x))


def f(p=x):
    return sys.getrefcount(p)


print(sys.getrefcount(x))
print(f())
print(f(x))
print(f.__defaults__[0] is x)
del f
print(sys.getrefcount(x))
