# A bare raise re-raises the exception being handled.
def inner():
    try:
        [1][5]
    except IndexError:
        print("logging and re-raising")
        raise


try:
    inner()
except IndexError as e:
    print("outer caught:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
