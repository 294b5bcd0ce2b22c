# `is` compares identity; == compares values.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
x = None
print(x is None, x is not None, type(x) is type(None))
t = True
print(t is True, (1 == 1) is t, bool(1) is True)


def same(p, q):
    return p is q


print(same(a, b), same(a, c), same(a, a[:]))
