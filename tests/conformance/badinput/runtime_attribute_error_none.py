# An attribute of None.
x = None
x.append(1)
