# args, str and repr of builtin exceptions.
errors = [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(),
          OSError(2, "No such file"), StopIteration(5), SystemExit(3)]
for e in errors:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
