# Copies of mutable containers are new objects; immutable "copies" may be the same object.
lst = [1, 2]
print(lst[:] is lst, list(lst) is lst, lst.copy() is lst)
t = (1, 2)
print(t[:] is t, tuple(t) is t)
s = "abc"
print(s[:] is s, str(s) is s)
fs = frozenset([1])
print(frozenset(fs) is fs)
d = {1: 2}
print(dict(d) is d, d.copy() == d)
