# range and slice objects have the same size whatever their length.
import sys

print(sys.getsizeof(range(0)), sys.getsizeof(range(10)), sys.getsizeof(range(10**30)))
print(sys.getsizeof(range(1, 100, 7)))
print(sys.getsizeof(slice(1)), sys.getsizeof(slice(1, 10, 2)))
