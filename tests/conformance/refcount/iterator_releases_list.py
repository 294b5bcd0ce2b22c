# An exhausted list iterator drops its list; an unexhausted one keeps it.
import sys

lst = [1, 2]
base = sys.getrefcount(lst)
it = iter(lst)
print(sys.getrefcount(lst) - base)
print(list(it))
print(sys.getrefcount(lst) - base)
t = (1, 2)
tb = sys.getrefcount(t)
tit = iter(t)
print(sys.getrefcount(t) - tb)
for _ in tit:
    pass
print(sys.getrefcount(t) - tb)
r = reversed(lst)
print(sys.getrefcount(lst) - base)
print(list(r), sys.getrefcount(lst) - base)
