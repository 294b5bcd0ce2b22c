# del removes exactly one reference; the object lives on while others remain.
import sys

data = [1, 2, 3]
alias = data
holder = [data]
print(sys.getrefcount(data))
del alias
print(sys.getrefcount(data))
del holder[0]
print(sys.getrefcount(data))
survivor = holder
del data
print(survivor, holder)
