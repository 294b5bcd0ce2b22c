# bool is a subclass of int.
print(True + 1, False * 10, True / 2, -True)
print(isinstance(True, int), issubclass(bool, int), type(True + True))
print(sum([True, True, False, True]))
print(str(True), repr(False), int(True))
print(True & False, True | False, True ^ True, ~True)
