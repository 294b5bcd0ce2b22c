# Objects stored by __init__ gain one reference per attribute, kept while the instance lives.
import sys


class Pair:
    def __init__(self, left, right):
        self.left = left
        self.right = right


x = []
base = sys.getrefcount(x)
p = Pair(x, x)
print(sys.getrefcount(x) - base)
q = Pair(p, x)
print(sys.getrefcount(x) - base, sys.getrefcount(p))
del p
print(sys.getrefcount(x) - base)
del q
print(sys.getrefcount(x) - base)
