if x:
    a
