# Two starred targets.
*a, *b = [1, 2]
