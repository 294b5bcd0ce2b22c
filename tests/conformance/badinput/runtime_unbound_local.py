# A local read before assignment.
def f():
    print(x)
    x = 1
f()
