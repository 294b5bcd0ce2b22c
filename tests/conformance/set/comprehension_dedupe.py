# Set comprehensions and removing duplicates while keeping order.
data = [5, 3, 5, 1, 3, 9, 1]
print({x % 4 for x in data})
seen = set()
unique = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, len(seen), sorted(seen))
print(sorted({"pear", "apple", "fig"}), len(set("mississippi")))
