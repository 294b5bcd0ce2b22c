# dict with only str keys uses 16-byte entries, so every table is smaller.
import sys

d = {}
last = sys.getsizeof(d)
print(len(d), last)
for i in range(100):
    d["k" + str(i)] = i
    size = sys.getsizeof(d)
    if size != last:
        print(len(d), size)
        last = size
