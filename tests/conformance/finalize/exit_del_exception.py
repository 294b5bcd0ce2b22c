# An exception in __del__ at exit is printed and ignored; after the module teardown starts, without
# source lines (CPython can no longer import what it needs to read them).
class DelCall:
    def __init__(self, tag):
        self.tag = tag
    def __call__(self):
        print("finalizing", self.tag)
        raise KeyError(self.tag)
    def __repr__(self):
        return "<DelCall " + self.tag + ">"

class Bad:
    __del__ = DelCall("bad global")

class Noisy:
    def __del__(self):
        print("noisy __del__")

b = Bad()
n = Noisy()
print("last line")
