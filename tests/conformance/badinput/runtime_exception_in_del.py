# __del__ raising: the error is printed ("Exception ignored in") and execution goes on.
class Raiser:
    # A callable with a fixed repr stands for __del__, so that the message has no address.
    def __repr__(self):
        return "<the __del__ of C>"

    def __call__(self):
        raise ValueError("in del")


class C:
    __del__ = Raiser()


c = C()
del c
print("still running")
