# Set algebra on int sets.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference({1, 7}))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({7, 8}), a == {4, 3, 2, 1})
c = set(a)
c |= {10}
c &= {1, 10}
c -= {1}
print(c)
