def outer():
    x = 1
    def ():
        nonlocal x
        x += 1
        return x
    return inner
