# Reading __dict__ materializes a dict whose size covers the class's shared keys.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Empty:
    pass


p = Point(1, 2)
print(sys.getsizeof(p))
print(sys.getsizeof(vars(p)))
print(sys.getsizeof(p))
e = Empty()
print(sys.getsizeof(e.__dict__))
