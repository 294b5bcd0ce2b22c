# Sequence slots have wrappers: "a".__add__, [1].__mul__, (1,).__rmul__, list.__iadd__ ...
print("a".__add__("b"), "ab".__mul__(2), "ab".__rmul__(3), [1].__add__([2]), (1,).__mul__(2))
l = [1, 2]
print(l.__iadd__([3]), l.__imul__(2), l)
print(str.__add__("x", "y"), list.__mul__([0], 3), tuple.__add__((1,), (2,)))
try:
    "a".__add__(1)
except TypeError as e:
    print(e)
print(repr(str.__add__)[:30], repr("a".__mul__)[:35])
try:
    "a".__mul__("b")
except TypeError as e:
    print(e)
try:
    [1].__add__((2,))
except TypeError as e:
    print(e)
print(b"ab".__add__(b"c"), b"x".__mul__(3), bytearray(b"q").__add__(b"r"))
print(hasattr(int, "__mul__"), int.__mul__(3, 4), "__add__" in dir(str), "__rmul__" in dir(list))
class S(str):
    pass
print(S("a").__add__("b"), S.__add__ is str.__add__)
class L(list):
    def __add__(self, other):
        return "L.__add__"
print(L([1]) + [2], L([1]).__add__([2]), [1] + L([2]))
