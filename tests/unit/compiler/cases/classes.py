class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

    def __repr__(self):
        return f"Node({self.value})"

class A:
    """Docstring."""
    x = 1
    y = x + 1

class B(A, metaclass=type):
    def m(self):
        return super().m()

class C:
    def m(self):
        return __class__

a = Node(1)
b = Node(2)
a.next = b
b.next = a
del a, b

class D:
    __slots__ = ("x",)
    def __private(self):
        return self.__x
