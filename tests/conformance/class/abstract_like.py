# NotImplementedError as a way to require overriding.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


print(Rect(2, 3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
