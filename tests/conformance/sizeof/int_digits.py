# getsizeof(int) grows by 4 bytes per 30-bit digit; 0 still uses one digit.
import sys

for n in [0, 1, -1, 255, 2**30 - 1, 2**30, -(2**30), 2**60 - 1, 2**60, 2**90 - 1, 2**90, 10**100]:
    print(sys.getsizeof(n))
print(sys.getsizeof(True), sys.getsizeof(False))
