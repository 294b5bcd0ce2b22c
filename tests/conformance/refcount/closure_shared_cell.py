# Two closures over the same variable share one cell object.
import sys


def make():
    value = []

    def get():
        return value

    def add(item):
        value.append(item)

    return get, add


get, add = make()
print(get.__closure__[0] is add.__closure__[0])
add(1)
add(2)
print(get())
cell = get.__closure__[0]
print(sys.getrefcount(cell))
del get
print(sys.getrefcount(cell))
