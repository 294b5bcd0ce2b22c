# Deep recursion raises RecursionError, which can be caught.
import sys


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())


def countdown(n):
    return 0 if n == 0 else countdown(n - 1)


print(countdown(900))
