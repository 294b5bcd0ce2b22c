if x:
    # comment
    pass  # trailing

    # more