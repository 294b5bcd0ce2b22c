# Slices, copies, concatenation and repetition allocate exactly.
import sys

big = list(range(100))
print(sys.getsizeof(big))
print(sys.getsizeof(big[:5]), sys.getsizeof(big[::10]), sys.getsizeof(big.copy()))
print(sys.getsizeof([0] * 5), sys.getsizeof([None] * 17))
print(sys.getsizeof(big[:3] + big[:4]))
r = [1, 2]
r *= 3
print(sys.getsizeof(r))
