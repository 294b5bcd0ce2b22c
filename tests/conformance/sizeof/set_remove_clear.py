# Removing members never shrinks a set; clear() returns it to the inline table.
import sys

s = set(range(100))
print(sys.getsizeof(s))
for i in range(99):
    s.discard(i)
print(len(s), sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s))
