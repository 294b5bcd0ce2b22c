def outer():
    x = 1
    y = 2
    class C:
        x = 3
        print(x, y)
        def m(self):
            return x, y
        z = [x for _ in range(1)]
    return C
class D:
    def a(self):
        super().a()
    def b(self):
        def inner():
            return __class__
        return inner
    def c(self):
        return [super() for _ in range(1)]
class E:
    def f(self):
        return 1
    g = f
    def h(self):
        return f
