a = [1]
a.index(2)
