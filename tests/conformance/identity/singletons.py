# None, True, False, Ellipsis and NotImplemented are unique objects.
def f():
    pass


print(f() is None)
print((1 == 1) is True, bool([]) is False)
print(type(None)() is None)
print(type(...)() is ...)
print(int.__add__(1, "x") is NotImplemented)
print(bool(0) is False, bool(3) is True)
