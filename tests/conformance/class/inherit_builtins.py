# Subclasses of builtin types keep their behaviour and can extend it.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__)
d = DefaultDict()
d["a"].append(1)
d["a"].append(2)
print(d, type(d) is dict)
