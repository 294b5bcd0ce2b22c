match = 1
match(x)
f() = 2