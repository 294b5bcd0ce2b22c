# *args collects extra positional arguments into a tuple; * unpacks at the call.
def f(a, *args):
    return a, args


print(f(1), f(1, 2, 3))
print(f(*[1, 2]), f(*"ab", *(3,)))


def total(*nums):
    return sum(nums)


print(total(), total(1, 2, 3), total(*range(5)))
