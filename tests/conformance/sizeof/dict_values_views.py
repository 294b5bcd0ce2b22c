# Views and dict iterators are small fixed-size objects.
import sys

d = {i: i for i in range(100)}
print(sys.getsizeof(d.keys()), sys.getsizeof(d.values()), sys.getsizeof(d.items()))
print(sys.getsizeof(iter(d)), sys.getsizeof(iter(d.items())))
print(sys.getsizeof(list(d.keys())), sys.getsizeof(tuple(d.values())))
