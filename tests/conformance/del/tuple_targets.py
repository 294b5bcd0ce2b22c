# del with several targets deletes them left to right.
a, b, c = 1, 2, 3
lst = [10, 20, 30]
d = {"k": "v"}
del a, lst[0], d["k"]
print(lst, d, "a" in globals(), b, c)
del (b, c)
print("b" in globals(), "c" in globals())
del [lst[0], lst[0]]
print(lst)
