# gc.get_count() deltas of calls: class calls build an argument tuple, hasattr() makes no exception
# object, f(**d) merges d without a keys list, object.__new__ gets its arguments in tuples.
import gc

class N:
    def __init__(self, x):
        self.x = x

class M:
    pass

class P:
    def __new__(cls, x):
        return super().__new__(cls)

def f(*args, **kwargs):
    return 1

def h():
    return 1

def measure(label, make):
    gc.collect()
    base = gc.get_count()[0]
    keep = make()
    print(label, gc.get_count()[0] - base)
    return keep

empty = {}
measure("N(1)", lambda: N(1))
measure("M()", M)
measure("P(1)", lambda: P(1))
measure("hasattr((), 'items')", lambda: hasattr((), "items"))
measure("hasattr(M(), 'x')", lambda: hasattr(M(), "x"))
measure("dict(())", lambda: dict(()))
measure("f(**empty)", lambda: f(**empty))
measure("h(**empty)", lambda: h(**empty))
measure("f(1, **{'a': 2})", lambda: f(1, **{"a": 2}))
