# vars() of an instance and globals()/locals() lookups.
class P:
    def __init__(self):
        self.a = 1
        self.b = [2]


p = P()
print(vars(p))
vars(p)["c"] = 3
print(p.c, sorted(vars(p)))


def f(x):
    y = x * 2
    return sorted(locals().items())


print(f(3))
print("P" in globals(), globals()["P"] is P)
