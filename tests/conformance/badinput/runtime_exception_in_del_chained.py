# An exception that escapes __del__ is printed without its chain: "Exception ignored in" shows
# the exception and its traceback only (CPython's default sys.unraisablehook).
class Raiser:
    # A callable with a fixed repr stands for __del__, so that the message has no address.
    def __repr__(self):
        return "<the __del__ of C>"

    def __call__(self):
        try:
            {}["missing"]
        except KeyError:
            raise ValueError("in del, while handling a KeyError")


class C:
    __del__ = Raiser()


c = C()
del c
print("still running")
