# Popping items shrinks a list when it falls below half its capacity.
import sys

lst = list(range(100))
last = sys.getsizeof(lst)
print(len(lst), last)
while lst:
    lst.pop()
    size = sys.getsizeof(lst)
    if size != last:
        print(len(lst), size)
        last = size
