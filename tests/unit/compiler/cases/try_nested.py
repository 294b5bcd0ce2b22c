def f(x):
    try:
        try:
            return x
        except KeyError:
            return 1
        finally:
            print(1)
    except Exception as e:
        try:
            raise
        finally:
            del e
    finally:
        return 2
def g():
    for i in range(3):
        try:
            pass
        except:
            break
        else:
            continue
        finally:
            pass
def h():
    try:
        with open("x") as f:
            return f.read()
    except OSError as e:
        print(e)
        return None
def k():
    while True:
        try:
            break
        finally:
            print("bye")
def m():
    try:
        pass
    finally:
        try:
            pass
        except:
            pass
