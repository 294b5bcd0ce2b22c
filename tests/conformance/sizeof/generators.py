# A generator's size depends on its frame (locals + stack) and never changes.
import sys


def one():
    yield 1


def more(n):
    total = 0
    for i in range(n):
        total += i
        yield total


g = one()
print(sys.getsizeof(g))
next(g)
print(sys.getsizeof(g))
print(sys.getsizeof(more(3)), sys.getsizeof(i * i for i in range(10)))
print(sys.getsizeof(x for x in []))
m = more(3)
print(list(m), sys.getsizeof(m))
