# AttributeError on an instance suggests a close attribute name.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
print(p.xx)
