# __del__ raising while the collector finalizes a cycle: the error is printed, the collection
# goes on, and so does the program.
import gc


class Raiser:
    # A callable with a fixed repr stands for __del__, so that the message has no address.
    def __repr__(self):
        return "<the __del__ of A>"

    def __call__(self):
        raise ValueError("in del")


class A:
    __del__ = Raiser()


a = A()
a.self = a
del a
print(gc.collect())
print("after")
