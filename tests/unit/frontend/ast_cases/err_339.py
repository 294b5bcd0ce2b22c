for [a, [1]] in b:
    pass