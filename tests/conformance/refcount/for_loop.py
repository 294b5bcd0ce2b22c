# The loop variable holds the current item and stays bound after the loop.
import sys

items = [object(), object(), object()]


def counts():
    return [sys.getrefcount(items[i]) for i in range(3)]


base = counts()
deltas = []
for v in items:
    now = counts()
    deltas.append([now[i] - base[i] for i in range(3)])
print(deltas)
now = counts()
print([now[i] - base[i] for i in range(3)])
print(v is items[2])
del v
now = counts()
print([now[i] - base[i] for i in range(3)])
