class 1:
    pass