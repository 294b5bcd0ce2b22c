a, b = 1, 2
a, b = b, a
a, b, c = c, b, a
(a, b), c = (1, 2), 3
a, *b = [1, 2, 3]
*a, b = [1, 2, 3]
a, *b, c = range(5)
[a, b] = 1, 2
x = y = z = 0
a.b, c[0] = 1, 2
for k, v in {}.items():
    pass
