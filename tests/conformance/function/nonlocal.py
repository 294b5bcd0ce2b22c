# nonlocal rebinds a variable of the enclosing function.
def counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())


def outer():
    x = "outer"

    def inner():
        nonlocal x
        x = "changed"

    inner()
    return x


print(outer())
