# A nested function made in a loop: each closure holds its own cell.
import sys

objs = [object() for _ in range(3)]


def deltas(base):
    return [sys.getrefcount(objs[i]) - base[i] for i in range(3)]


base = deltas([0, 0, 0])


def make(o):
    def get():
        return o
    return get


getters = [make(o) for o in objs]
print(deltas(base))
print([getters[i]() is objs[i] for i in range(3)])
getters.pop()
print(deltas(base))
