# List comprehensions with conditions and nested loops.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([x if x % 2 else -x for x in range(5)])
words = ["memory", "heap", "gc"]
print([w.upper() for w in words if len(w) > 2])
