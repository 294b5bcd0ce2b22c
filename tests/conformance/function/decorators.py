# Decorators wrap functions.
def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    return a + b


print(add(2, b=3))


def repeat(n):
    def deco(fn):
        def wrapper():
            return [fn() for _ in range(n)]
        return wrapper
    return deco


@repeat(3)
def ping():
    return "ping"


print(ping(), add.__name__)
