# Deleted keys leave the order; re-inserted keys go to the end.
d = {i: str(i) for i in range(6)}
for k in [1, 3]:
    del d[k]
print(d)
d[1] = "again"
print(d)
d[0] = "updated"
print(list(d.items())[:2])
while len(d) > 2:
    d.popitem()
print(d)
