# del of a local, a global, and a name in a loop.
counter = 5


def f():
    local = "temp"
    del local
    return "local" in locals()


def g():
    global counter
    del counter


print(f())
g()
print("counter" in globals())
for i in range(3):
    pass
del i
print("i" in globals())
