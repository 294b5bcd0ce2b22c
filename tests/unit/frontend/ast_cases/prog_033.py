if x:
    pass


    pass
