# Keyword-only defaults live in __kwdefaults__ and hold a reference too.
import sys

marker = object()
before = sys.getrefcount(marker)


def f(a, *, key=marker):
    return key is marker


print(sys.getrefcount(marker) - before)
print(f(1), f(1, key=None))
print(list(f.__kwdefaults__))
f.__kwdefaults__ = None
print(sys.getrefcount(marker) - before)
