# del of list items and dict keys.
lst = [0, 1, 2, 3, 4]
del lst[1]
del lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del lst[10]
except IndexError as e:
    print("IndexError:", e)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
