# A closure cell is 40 bytes; the closure tuple is an ordinary tuple.
import sys


def make():
    a = [1] * 100
    b = "x"

    def inner():
        return a, b

    return inner


f = make()
print(sys.getsizeof(f.__closure__[0]), sys.getsizeof(f.__closure__[1]))
print(sys.getsizeof(f.__closure__), sys.getsizeof(f))
