try:
    x = 1
except ValueError:
    x = 2
except (TypeError, KeyError) as e:
    x = e
except:
    x = 3
else:
    x = 4
y = 0
try:
    y = 1
finally:
    y = 2
try:
    pass
except Exception as err:
    print(err)
finally:
    print("f")
def f():
    try:
        return 1
    finally:
        print("x")
def g():
    for i in range(3):
        try:
            if i:
                break
            continue
        finally:
            print(i)
def h():
    try:
        raise ValueError("x")
    except ValueError as e:
        return e
def k():
    try:
        pass
    except:
        raise
    raise TypeError from None
