# A lambda with a non-default parameter after a default one.
f = lambda a=1, b: a
