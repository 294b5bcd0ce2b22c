# Exception chains and tracebacks kept alive through a cycle.
import gc

gc.collect()
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    saved = e
holder = [saved]
saved.holder = holder
del saved, holder
print("chained exceptions in a cycle:", gc.collect())
err = RuntimeError("self")
err.args = (err,)
del err
print("exception in its own args:", gc.collect())
