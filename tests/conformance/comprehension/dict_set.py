# Dict and set comprehensions.
print({k: k ** 2 for k in range(5)})
print({x % 3 for x in range(10)})
pairs = [("a", 1), ("b", 2), ("a", 3)]
print({k: v for k, v in pairs})
print({v: k for k, v in enumerate("abc")})
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
