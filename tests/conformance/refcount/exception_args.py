# An exception keeps its arguments alive; `except ... as e` unbinds e at the end of the block.
import sys

x = object()
base = sys.getrefcount(x)
try:
    raise ValueError(x)
except ValueError as e:
    print(sys.getrefcount(x) - base)
    print(e.args[0] is x)
print(sys.getrefcount(x) - base)
print("e" in globals())
saved = None
try:
    raise KeyError(x)
except KeyError as e:
    saved = e
print(sys.getrefcount(x) - base)
saved = None
print(sys.getrefcount(x) - base)
