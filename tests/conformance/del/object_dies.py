# When the last reference goes the object is gone: its class loses the instance's reference.
import sys


class Resource:
    pass


base = sys.getrefcount(Resource)
r = Resource()
others = [r]
print(sys.getrefcount(Resource) - base)
del r
print(sys.getrefcount(Resource) - base, len(others))
others.clear()
print(sys.getrefcount(Resource) - base)
items = [Resource() for _ in range(3)]
print(sys.getrefcount(Resource) - base)
del items[0:2]
print(sys.getrefcount(Resource) - base)
del items
print(sys.getrefcount(Resource) - base)
