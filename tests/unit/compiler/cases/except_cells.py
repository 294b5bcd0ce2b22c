def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        def show():
            return e
        return show
def g():
    try:
        pass
    except Exception as exc:
        pass
    try:
        pass
    except Exception as exc:
        del exc
def h():
    global err
    try:
        pass
    except Exception as err:
        print(err)
x = 1
try:
    x = 2
except Exception as x:
    pass
