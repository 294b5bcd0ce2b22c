n = 0
def f():
    n += 1
f()
