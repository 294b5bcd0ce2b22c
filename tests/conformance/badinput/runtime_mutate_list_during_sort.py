a = [3, 1, 2]
def k(x):
    a.append(x)
    return x
a.sort(key=k)
