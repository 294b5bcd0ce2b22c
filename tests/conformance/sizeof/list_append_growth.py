# list.append over-allocates: the size changes only at the capacity steps.
import sys

lst = []
last = sys.getsizeof(lst)
print(len(lst), last)
for i in range(200):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != last:
        print(len(lst), size, (size - 56) // 8)
        last = size
