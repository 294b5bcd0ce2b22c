for i, j in x:
    passelse:
    pass