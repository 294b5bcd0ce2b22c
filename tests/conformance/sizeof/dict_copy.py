# copy() and dict(d) of a dict give a table sized for its items.
import sys

d = {i: i for i in range(50)}
for i in range(45):
    del d[i]
print(len(d), sys.getsizeof(d))
print(sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
s = {"x": 1, "y": 2}
print(sys.getsizeof(s.copy()), sys.getsizeof({**s}), sys.getsizeof({**s, "z": 3}))
