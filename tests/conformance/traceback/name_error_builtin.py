# NameError for a misspelled builtin suggests the builtin.
values = [3, 1, 2]
print(sorted(values))
pritn(values)
