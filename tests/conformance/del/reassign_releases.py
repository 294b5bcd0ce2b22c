# Rebinding a name releases the old object after the new one is built.
import sys


class Item:
    pass


base = sys.getrefcount(Item)
x = Item()
print(sys.getrefcount(Item) - base)
x = Item()
print(sys.getrefcount(Item) - base)
x = None
print(sys.getrefcount(Item) - base)
pool = [Item(), Item()]
pool[0] = Item()
print(sys.getrefcount(Item) - base)
pool = []
print(sys.getrefcount(Item) - base)
