# AttributeError on the sys module suggests the right function.
import sys

data = [1]
print("refs:", sys.getrefcount(data))
print(sys.getrefcnt(data))
