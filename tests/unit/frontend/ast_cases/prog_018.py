if x:
    a

    b
