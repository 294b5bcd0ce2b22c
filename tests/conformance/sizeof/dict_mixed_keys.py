# One non-str key switches the whole dict to the general 24-byte entries.
import sys

d = {"a": 1, "b": 2}
print(sys.getsizeof(d))
d[3] = 3
print(sys.getsizeof(d))
e = {"a": 1, 2: 2}
print(sys.getsizeof(e))
f = {(1, 2): "t"}
print(sys.getsizeof(f))
