# sorted() builds a new list holding references to the same items.
import sys


class Item:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n


items = [Item(3), Item(1), Item(2)]


def deltas(base):
    return [sys.getrefcount(items[i]) - base[i] for i in range(3)]


base = deltas([0, 0, 0])
ordered = sorted(items)
print([i.n for i in ordered])
print(deltas(base))
del ordered
print(deltas(base))
items.sort(key=lambda i: -i.n)
print([i.n for i in items])
