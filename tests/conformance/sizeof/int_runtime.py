# Sizes of ints produced by arithmetic at run time.
import sys

x = int("7")
sizes = []
for _ in range(8):
    x = x * 1000003
    sizes.append(sys.getsizeof(x))
print(sizes)
print(sys.getsizeof(x - x), sys.getsizeof(-x), sys.getsizeof(x // x))
print(sys.getsizeof(1 << 200), sys.getsizeof((1 << 200) >> 199))
print(sys.getsizeof(int("9" * 50)))
