# Method calls and dunder methods: a 2-D vector class with __add__/__sub__/__mul__,
# __eq__/__hash__, __lt__ for sorting, __len__/__getitem__/__iter__ on a container
# class, __repr__, bound method calls in hot loops, and small float arithmetic.

N = 140000  # size: the runner may override this line (name:N=VALUE)


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Path:
    def __init__(self):
        self.points = []

    def add(self, p):
        self.points.append(p)
        return self

    def __len__(self):
        return len(self.points)

    def __getitem__(self, i):
        return self.points[i]

    def __iter__(self):
        return iter(self.points)

    def length1(self):
        total = 0
        prev = None
        for p in self:
            if prev is not None:
                total += (p - prev).norm1()
            prev = p
        return total


def vectors(n):
    acc = Vec(0, 0)
    step = Vec(1, 2)
    dots = 0
    for i in range(n):
        v = Vec(i % 13, i % 7)
        acc = acc + v * 2 - step
        dots += v.dot(step)
    return acc, dots


def floats(n):
    pos = Vec(0.0, 0.0)
    vel = Vec(1.5, -0.25)
    for i in range(n):
        pos = pos + vel * 0.01
        if pos.x > 10.0:
            vel = Vec(-vel.x, vel.y)
        elif pos.x < 0.0:
            vel = Vec(-vel.x, vel.y)
    return round(pos.x, 6), round(pos.y, 6)


def paths(n):
    p = Path()
    add = p.add
    for i in range(n):
        add(Vec(i % 50, i // 50))
    uniq = set(p)
    ordered = sorted(p.points[:2000], reverse=True)
    return len(p), p[len(p) // 2], p.length1(), len(uniq), ordered[0], ordered[-1] == Vec(0, 0)


print("methods", vectors(N), floats(N), paths(N))
