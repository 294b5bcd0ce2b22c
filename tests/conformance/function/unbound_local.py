# Assigning a name anywhere in a function makes it local everywhere in it.
x = 10


def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return x


print(f())


def g():
    del_me = 1
    del del_me
    try:
        return del_me
    except UnboundLocalError as e:
        return str(e)


print(g())
