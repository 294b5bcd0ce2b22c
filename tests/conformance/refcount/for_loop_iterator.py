# The for loop's iterator holds the list, not its items.
import sys

lst = [[], []]
base = sys.getrefcount(lst)
inside = []
for item in lst:
    inside.append(sys.getrefcount(lst) - base)
print(inside)
print(sys.getrefcount(lst) - base)
it = iter(lst)
print(sys.getrefcount(lst) - base)
next(it)
next(it)
print(sys.getrefcount(lst) - base)
print(next(it, "done"))
print(sys.getrefcount(lst) - base)
