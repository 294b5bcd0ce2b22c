# A failing assert with its message.
x = 3
assert x < 2, f'x is {x}'
