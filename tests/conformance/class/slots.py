# __slots__ instances have fixed attributes and no __dict__.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
p.x = 10
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print(e)
del p.y
print(hasattr(p, "y"))
