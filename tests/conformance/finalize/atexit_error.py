# An exception in an atexit call is printed as "Exception ignored in atexit callback"; the others run.
import atexit

class Failing:
    def __call__(self):
        raise RuntimeError("cleanup failed")
    def __repr__(self):
        return "<Failing cleanup>"

atexit.register(print, "registered first, runs last")
atexit.register(Failing())
atexit.register(print, "registered last, runs first")
print("last line")
