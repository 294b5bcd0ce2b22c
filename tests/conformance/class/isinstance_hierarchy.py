# isinstance and issubclass with hierarchies and tuples of classes.
class A:
    pass


class B(A):
    pass


class C:
    pass


b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(A, type))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, object)), issubclass(bool, int))
print(type(b) is B, type(b) is A, B.__base__ is A, A.__base__ is object)
print(isinstance(3, (int, str)), isinstance(True, int), isinstance(None, object))
