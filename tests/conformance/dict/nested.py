# Nested dicts and lists as values.
inventory = {"fruit": {"apple": 3}, "veg": []}
inventory["fruit"]["pear"] = 5
inventory["veg"].append("kale")
inventory.setdefault("grain", {}).setdefault("rice", 0)
print(inventory)
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
