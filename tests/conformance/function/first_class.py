# Functions can be passed around, stored and returned.
def apply(fn, *args):
    return fn(*args)


def compose(f, g):
    return lambda x: f(g(x))


ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(apply(max, 3, 9), apply(ops["mul"], 6, 7))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(4), [f(10) for f in (abs, str, float)])
