x: int = 1
y: str
z: list[int] = []
class A:
    a: int = 1
    b: str
def f():
    c: int = 2
    d: int
    return c
o = A()
o.attr: int = 5
l = [1]
l[0]: int = 2
(w): int = 3
