x = [1, 2]
y = x
import sys
print(sys.getrefcount(x))
