# +, +=, * and *= on lists.
a = [1, 2]
b = a
a = a + [3]
print(a, b)
c = [1, 2]
d = c
c += [3]
print(c, d, c is d)
e = [0] * 0 + [7] * 2
e *= 2
print(e, [1, 2] * -1, 2 * [9])
try:
    [1] + (2,)
except TypeError as e:
    print(e)
