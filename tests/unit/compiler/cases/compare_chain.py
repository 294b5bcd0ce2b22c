a = b = c = 1
x = a < b
y = a < b < c
z = a < b <= c != 4
w = a is b
v = a is not b
u = a in [1, 2]
t = a not in {1, 2}
s = a in (a, b)
r = not a in b
q = not a is b
if a < b < c:
    pass
if not (a < b < c):
    pass
