# __eq__ without __hash__ makes instances unhashable; defining both makes them usable as keys.
class NoHash:
    def __eq__(self, other):
        return True


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


print(NoHash.__hash__ is None)
try:
    {NoHash()}
except TypeError as e:
    print(e)
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in {Point(1, 2)}, len({Point(0, 0), Point(0, 0)}))
