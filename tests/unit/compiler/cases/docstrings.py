"""Module doc."""
def f():
    """Function doc."""
def g():
    """Doc."""
    return 1
class C:
    """Class doc."""
class D:
    pass
def h():
    "a" "b"
    return 2
def k():
    x = "not a doc"
    return x
class E:
    "a" + "b"
    x = 1
