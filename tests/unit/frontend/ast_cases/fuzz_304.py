a - [1, 2, 3]
for x in a
    print(x)
