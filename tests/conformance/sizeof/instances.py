# A plain instance is 56 bytes however many attributes it has.
import sys


class Empty:
    pass


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(sys.getsizeof(Empty()), sys.getsizeof(p))
p.z = 3
p.w = [1] * 100
print(sys.getsizeof(p))
print(p.__sizeof__(), Empty().__sizeof__())
