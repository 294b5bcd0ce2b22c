# A misspelt name, with CPython's suggestion.
counter = 1
print(countr)
