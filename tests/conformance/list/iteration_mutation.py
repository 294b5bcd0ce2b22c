# Iterating while building and the list's view of its own changes.
lst = [1, 2, 3]
for i, v in enumerate(lst):
    if v == 2:
        lst.append(4)
    if len(lst) > 5:
        break
print(lst)
out = []
for v in lst[:]:
    lst.remove(v) if v % 2 else None
    out.append(v)
print(lst, out)
