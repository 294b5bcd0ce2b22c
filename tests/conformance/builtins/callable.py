# callable() and the types of builtin functions.
def f():
    pass


class C:
    def __call__(self):
        pass


print(callable(f), callable(len), callable(C), callable(C()), callable(1), callable("s"))
print(type(len).__name__, type(f).__name__, type([].append).__name__, type(C().__call__).__name__)
print(len.__name__, f.__name__, print.__name__)
