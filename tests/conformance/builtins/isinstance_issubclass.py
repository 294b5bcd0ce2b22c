# isinstance() and issubclass() with builtin types.
print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance("s", (int, str)))
print(isinstance([], list), isinstance((), list), isinstance({}, dict), isinstance(None, type(None)))
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(list, list), issubclass(dict, list))
try:
    isinstance(1, "int")
except TypeError as e:
    print(e)
