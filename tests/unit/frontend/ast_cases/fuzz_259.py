 x:
    pass
    # c