# frozenset is immutable and hashable; it can be a dict key or set member.
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
print(frozenset() == set(), f == {1, 2, 3})
try:
    f.add(4)
except AttributeError as e:
    print(e)
