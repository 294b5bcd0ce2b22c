# __enter__ and __exit__ around a with block, with and without exceptions.
class Tracker:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow


with Tracker("a") as value:
    print("body", value)
with Tracker("b", swallow=True):
    raise ValueError("boom")
print("after swallowed")
try:
    with Tracker("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with Tracker("outer"), Tracker("inner") as v:
    print("nested", v)
