# Subscripting an int.
def first(x):
    return x[0]


print(first([5, 6]))
print(first(7))
