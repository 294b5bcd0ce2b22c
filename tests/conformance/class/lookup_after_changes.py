# Attribute lookups see every change to a class, its bases and their dicts (no stale cache).
class Base:
    kind = "base"

    def hello(self):
        return "base hello"


class Child(Base):
    pass


c = Child()
for _ in range(3):
    print(c.kind, c.hello())
Base.kind = "changed"
print(c.kind, Child.kind)
Base.hello = lambda self: "new hello"
print(c.hello())
Child.kind = "child"
print(c.kind, Base.kind)
del Child.kind
print(c.kind)
del Base.kind
try:
    c.kind
except AttributeError as e:
    print(e)
Base.extra = 1
print(hasattr(c, "extra"), c.extra)


class Counter:
    made = 0

    def __init__(self):
        Counter.made += 1


for _ in range(1000):
    Counter()
print(Counter.made)


class Late:
    pass


x = Late()
print(hasattr(x, "__len__"))
Late.__len__ = lambda self: 7
print(len(x), hasattr(x, "__len__"))
Late.__len__ = lambda self: 8
print(len(x))
setattr(Child, "hello", lambda self: "child hello")
print(c.hello(), Base().hello())
