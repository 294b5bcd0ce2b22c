if x:
pass
    # c