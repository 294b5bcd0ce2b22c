# Inside a list comprehension the loop variable is one more reference to the item.
import sys

items = [object(), object()]
base = sys.getrefcount(items[0])
counts = [sys.getrefcount(v) - base for v in items]
print(counts)
print(sys.getrefcount(items[0]) - base)
refs = [v for v in items]
print(sys.getrefcount(items[0]) - base)
pairs = {i: v for i, v in enumerate(items)}
print(sys.getrefcount(items[0]) - base)
