# A with block keeps the bound __exit__ method (and so the manager) alive until it ends.
import sys


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


m = Manager()
base = sys.getrefcount(m)
with m:
    print("inside:", sys.getrefcount(m) - base)
print("after:", sys.getrefcount(m) - base)
with m as same:
    print("inside as:", sys.getrefcount(m) - base)
print("after as:", sys.getrefcount(m) - base)
