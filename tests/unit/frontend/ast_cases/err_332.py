for in y:
    pass