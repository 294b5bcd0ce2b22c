# AttributeError messages for instances, classes and modules.
import sys


class Point:
    def __init__(self):
        self.x = 1


p = Point()
try:
    p.y
except AttributeError as e:
    print(e)
try:
    Point.missing
except AttributeError as e:
    print(e)
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    sys.nothing_here
except AttributeError as e:
    print(e)
try:
    None.append(1)
except AttributeError as e:
    print(e)
