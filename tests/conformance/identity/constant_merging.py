# Equal constants in one compilation unit are merged into one object.
s1 = "hello world!"
s2 = "hello world!"
print(s1 is s2)
n1 = 1000000
n2 = 1000000
print(n1 is n2)
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print(t1 is t2)
f1 = 2.5
f2 = 2.5
print(f1 is f2)
