x x = \
    1