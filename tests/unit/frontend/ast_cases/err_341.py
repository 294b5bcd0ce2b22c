while x
    pass