# f-strings call __format__, __str__ and __repr__ of objects.
class P:
    def __init__(self, x):
        self.x = x

    def __str__(self):
        return f"P({self.x})"

    def __repr__(self):
        return f"P<{self.x!r}>"

    def __format__(self, spec):
        return f"P[{spec or 'none'}]"


p = P("a")
print(f"{p}", f"{p!s}", f"{p!r}", f"{p:spec}")
print(str(p), repr(p), format(p, "x"), [p])
