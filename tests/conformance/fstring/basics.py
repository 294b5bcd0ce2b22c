# f-strings evaluate expressions in place.
name = "heap"
n = 3
print(f"{name} has {n} objects")
print(f"{n + 1} {n * 2} {name.upper()} {len(name)} {[n] * 2}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{{braces}} {n}{{}}")
items = {"a": 1}
print(f"{items['a']} {items}")
