# An exception in a with block: __exit__ runs, then the traceback is printed.
class Resource:
    def __enter__(self):
        print("open")
        return self

    def __exit__(self, *exc):
        print("close", exc[0].__name__)
        return False


with Resource() as r:
    print("using")
    raise OSError("disk full")
