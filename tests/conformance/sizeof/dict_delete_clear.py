# Deleting keys never shrinks a dict; clear() returns it to the empty size.
import sys

d = {i: i for i in range(50)}
print(sys.getsizeof(d))
for i in range(49):
    del d[i]
print(len(d), sys.getsizeof(d))
d.pop(49)
print(len(d), sys.getsizeof(d))
d = {i: i for i in range(50)}
d.clear()
print(sys.getsizeof(d))
d[1] = 1
print(sys.getsizeof(d))
