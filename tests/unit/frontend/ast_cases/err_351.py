if x y:
    pass