# getsizeof is shallow: items are never counted.
import sys

small = [1, 2, 3]
nested = [[0] * 1000, "x" * 1000, small]
print(sys.getsizeof(nested), sys.getsizeof([1, 2, 3]))
print(sys.getsizeof(nested[0]), sys.getsizeof(nested[1]))
print(sys.getsizeof(small) == sys.getsizeof([4, 5, 6]))
print(sys.getsizeof((small, small)) == sys.getsizeof((1, 2)))
