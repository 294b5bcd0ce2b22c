pass1_except (A, B):
    pass