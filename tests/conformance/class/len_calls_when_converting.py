# How often list(), tuple(), extend(), sorted() and a comprehension ask __len__ of an object
# that iterates by __getitem__: list() once, as 3.11 asks only for the length hint.
class D:
    def __len__(self):
        print("len")
        return 2
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
print(list(D()))
print(tuple(D()))
x = []
x.extend(D())
print(x, sorted(D()), [c for c in D()])
