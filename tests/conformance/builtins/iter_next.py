# iter() and next() drive iteration by hand.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
s = iter("ab")
print(next(s), list(s), list(s))
print(iter(it) is it, type(iter((1,))).__name__, type(iter(range(2))).__name__)
d = iter({"k": 1, "j": 2})
print(next(d), next(d))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(5)
except TypeError as e:
    print(e)
