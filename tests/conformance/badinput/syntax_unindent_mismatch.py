# A dedent to no enclosing level.
if True:
        x = 1
    y = 2
