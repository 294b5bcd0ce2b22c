# Generator expressions are lazy and single-use.
gen = (x * 10 for x in range(4))
print(next(gen), next(gen))
print(list(gen), list(gen))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc"]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []))
print(tuple(c for c in "hey"), sorted((x % 3 for x in range(7)), reverse=True))
