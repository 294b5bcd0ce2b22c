# Linked structures: a singly linked list built, traversed, reversed and dropped,
# and binary trees built recursively, walked, and released (the classic
# "binary-trees" allocation pattern, with instances instead of tuples).

N = 12  # size: the runner may override this line (name:N=VALUE)


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def build_list(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def list_sum(head):
    total = 0
    node = head
    while node is not None:
        total += node.value
        node = node.next
    return total


def reverse(head):
    prev = None
    node = head
    while node is not None:
        nxt = node.next
        node.next = prev
        prev = node
        node = nxt
    return prev


class Tree:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Tree(None, None)
    depth -= 1
    return Tree(make_tree(depth), make_tree(depth))


def check(tree):
    if tree.left is None:
        return 1
    return 1 + check(tree.left) + check(tree.right)


def lists(rounds, n):
    total = 0
    for r in range(rounds):
        head = build_list(n)
        total += list_sum(head)
        head = reverse(head)
        total += head.value
        head = None
    return total


def trees(max_depth):
    total = 0
    for depth in range(4, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + 4)
        for i in range(iterations):
            total += check(make_tree(depth))
    long_lived = make_tree(max_depth)
    return total + check(long_lived)


print("linked", lists(N, 20000), trees(12 + N // 8))
