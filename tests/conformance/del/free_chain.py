# Deleting the head of a linked chain frees the whole chain by refcounting.
import sys


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


base = sys.getrefcount(Node)
head = None
for i in range(100):
    head = Node(i, head)
print(sys.getrefcount(Node) - base, head.value, head.next.value)
second = head.next
del head
print(sys.getrefcount(Node) - base, second.value)
del second
print(sys.getrefcount(Node) - base)
