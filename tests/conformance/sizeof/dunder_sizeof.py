# getsizeof adds 16 bytes of GC header to __sizeof__ for container types.
import sys

for obj in [[], (), {}, set(), 5, "abc", 1.5, b"xy", (1, 2)]:
    print(type(obj).__name__, obj.__sizeof__(), sys.getsizeof(obj))


class Custom:
    def __sizeof__(self):
        return 1000


print(sys.getsizeof(Custom()))
