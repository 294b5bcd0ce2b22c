# Deaths during an iteration over a weak container are applied when the iteration ends.
import weakref

class Item:
    def __init__(self, n):
        self.n = n

items = [Item(i) for i in range(4)]
d = weakref.WeakValueDictionary({i.n: i for i in items})
seen = []
for key in d:
    seen.append(key)
    if items:
        items.pop()
print(sorted(seen), len(d), len(d.data))
keys = [Item(i) for i in range(3)]
k = weakref.WeakKeyDictionary({i: i.n for i in keys})
for key, value in k.items():
    keys.clear()
print(len(k))
members = [Item(i) for i in range(3)]
s = weakref.WeakSet(members)
count = 0
for m in s:
    count += 1
    members.clear()
print(count, len(s))
