if:
    pass