# List displays: BUILD_LIST is exact; displays of 3+ constants are extended from a tuple.
import sys

x, y, z = 1, 2, 3
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]))
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4]), sys.getsizeof([1, 2, 3, 4, 5]))
print(sys.getsizeof([x]), sys.getsizeof([x, y]), sys.getsizeof([x, y, z]))
print(sys.getsizeof([x, y, z, x, y]), sys.getsizeof([1, 2, x]))
print(sys.getsizeof(["a", "b", "c"]), sys.getsizeof([[], [], []]))
