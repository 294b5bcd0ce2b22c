# Mutual recursion with a lower limit: alternating frames are not collapsed.
import sys

sys.setrecursionlimit(40)


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


print("limit", sys.getrecursionlimit())
ping(0)
