# A generator expression holds an iterator over its list; after next() its frame holds the item.
import sys

items = [object(), object()]
lb = sys.getrefcount(items)
ib = sys.getrefcount(items[0])
gen = (x for x in items)
print(sys.getrefcount(items) - lb, sys.getrefcount(items[0]) - ib)
first = next(gen)
print(sys.getrefcount(items) - lb, sys.getrefcount(items[0]) - ib)
del first
print(sys.getrefcount(items[0]) - ib)
print(len(list(gen)))
print(sys.getrefcount(items) - lb, sys.getrefcount(items[0]) - ib)
del gen
print(sys.getrefcount(items) - lb, sys.getrefcount(items[0]) - ib)
