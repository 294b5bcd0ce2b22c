# len() of every sized builtin and of a class with __len__.
class Sized:
    def __len__(self):
        return 7


print(len("abc"), len(""), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}))
print(len(range(10)), len(range(0, 10, 3)), len(b"xy"), len(frozenset()), len(Sized()))
try:
    len(5)
except TypeError as e:
    print(e)
