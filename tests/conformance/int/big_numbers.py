# Integers have arbitrary precision.
a = 2 ** 100
print(a)
print(a * a)
print(a - 1, -a)
print(10 ** 30 // 7, 10 ** 30 % 7)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 50), f % 1000003)
print(-(10 ** 25) // 3, -(10 ** 25) % 3)
