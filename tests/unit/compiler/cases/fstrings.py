a = 10
b = [1, 2]
c = "Python"
print(f"a: {a}, b: {b}, c: {c}")
print(f"{a!r} {a!s} {a!a}")
print(f"{a:>10}")
print(f"{a:{b}}")
print(f"{a}")
print(f"x{a}")
print(f"")
print("%s and %r" % (a, b))
print("%5s|%-3s|%.2s" % (a, b, c))
print("%d" % (a,))
