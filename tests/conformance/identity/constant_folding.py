# Constant expressions are folded at compile time, so the results are shared constants.
a = "hel" + "lo"
b = "hello"
print(a is b)
c = "x" * 3
c2 = "xxx"
print(c is c2)
d = 2 ** 10
e = 1024
print(d is e)
t = (1, 2) + (3,)
u = (1, 2, 3)
print(t is u)
