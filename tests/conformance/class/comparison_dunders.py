# Rich comparisons, reflected comparisons and NotImplemented.
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key == other.key

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key < other.key

    def __le__(self, other):
        return self.key <= other.key

    def __repr__(self):
        return "v%d.%d" % self.key


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != b, a < b, b > a, a <= c, b >= a, a == "1.2")
print(sorted([b, a, Version(0, 9)]), max(a, b))
try:
    a < 3
except TypeError as e:
    print(e)
