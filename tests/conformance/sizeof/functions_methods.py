# Functions, lambdas, bound methods and builtin methods have fixed sizes.
import sys


def f():
    pass


def g(a, b=1, *args, **kwargs):
    x = a
    return x


class C:
    def m(self):
        pass


print(sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(lambda: 0))
print(sys.getsizeof(C().m), sys.getsizeof([].append), sys.getsizeof(len))
