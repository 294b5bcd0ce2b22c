# keys(), values() and items() are live views.
d = {1: "a", 2: "b"}
keys = d.keys()
values = d.values()
items = d.items()
d[3] = "c"
print(keys, values, items)
print(len(keys), 2 in keys, "b" in values, (3, "c") in items)
print(keys & {1, 5}, keys | {9}, keys - {1})
del d[1]
print(list(keys), list(values), list(items))
