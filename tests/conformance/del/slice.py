# del of slices, including extended slices.
lst = list(range(10))
del lst[2:4]
print(lst)
del lst[::3]
print(lst)
del lst[-2:]
print(lst)
del lst[:]
print(lst)
