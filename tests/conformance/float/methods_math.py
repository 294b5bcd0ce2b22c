# float methods and rounding helpers without the math module.
x = -2.75
print(abs(x), round(x), round(x, 1), int(x), x // 1, x % 1)
print((1.0).__round__(), (2.5).__round__(), float.__add__(1.0, 2.0))
print(divmod(-7.5, 2), pow(2.0, 3), pow(4, 0.5))
print(sorted([3.5, -1.0, 2.25, 0.0, -0.5]))
