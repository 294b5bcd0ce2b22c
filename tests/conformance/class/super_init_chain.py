# __init__ chains through super() with keyword arguments.
class Shape:
    def __init__(self, **kwargs):
        self.name = kwargs.pop("name", "shape")
        print("Shape init", sorted(kwargs))


class Colored(Shape):
    def __init__(self, color="red", **kwargs):
        self.color = color
        super().__init__(**kwargs)


class Square(Colored):
    def __init__(self, side, **kwargs):
        self.side = side
        super().__init__(**kwargs)


s = Square(3, color="blue", name="sq", extra=1)
print(s.name, s.color, s.side)
