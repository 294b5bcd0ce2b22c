# A set starts with 8 inline slots; its table grows 4x when it is 60% full.
import sys

s = set()
last = sys.getsizeof(s)
print(len(s), last)
for i in range(200):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print(len(s), size)
        last = size
