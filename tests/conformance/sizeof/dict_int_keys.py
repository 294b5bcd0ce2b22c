# dict with int keys: the size jumps when the key table grows (24-byte entries).
import sys

d = {}
last = sys.getsizeof(d)
print(len(d), last)
for i in range(100):
    d[i] = i
    size = sys.getsizeof(d)
    if size != last:
        print(len(d), size)
        last = size
