# clear() and del lst[:] free the array; insert grows like append.
import sys

lst = [i for i in range(20)]
print(sys.getsizeof(lst))
lst.clear()
print(sys.getsizeof(lst))
lst = list(range(20))
del lst[:]
print(sys.getsizeof(lst))
for i in range(9):
    lst.insert(0, i)
print(sys.getsizeof(lst))
lst[2:] = []
print(sys.getsizeof(lst))
