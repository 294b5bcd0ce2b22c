# list(x) of a sized iterable allocates exactly, rounded up to an even capacity.
import sys

for n in range(8):
    print(n, sys.getsizeof(list(range(n))))
print(sys.getsizeof(list("hello")), sys.getsizeof(list((1, 2, 3))))
print(sys.getsizeof(list([1, 2, 3, 4, 5, 6, 7])))
print(sys.getsizeof(sorted([3, 1, 2])), sys.getsizeof(sorted(range(5))))
print(sys.getsizeof(list({1: 2, 3: 4})), sys.getsizeof(list({5, 6, 7})))
