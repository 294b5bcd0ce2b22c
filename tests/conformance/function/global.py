# global lets a function rebind a module-level name.
total = 0


def add(n):
    global total
    total += n


add(5)
add(7)
print(total)


def make_new():
    global created
    created = "yes"


make_new()
print(created)


def read_only():
    return total * 2


print(read_only())
