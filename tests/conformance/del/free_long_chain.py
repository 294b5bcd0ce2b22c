# Dropping the head of a 100000-node chain frees every node without overflowing any stack.
import sys


class Node:
    __slots__ = ("next",)

    def __init__(self, next):
        self.next = next


class Cell:
    def __init__(self, next):
        self.next = next


base = sys.getrefcount(Node), sys.getrefcount(Cell)
head = None
for _ in range(100000):
    head = Node(head)
cells = None
for _ in range(100000):
    cells = Cell(cells)
nested = []
for _ in range(100000):
    nested = [nested]
print(sys.getrefcount(Node) - base[0], sys.getrefcount(Cell) - base[1])
head = None
cells = None
nested = None
print(sys.getrefcount(Node) - base[0], sys.getrefcount(Cell) - base[1])
print("done")
