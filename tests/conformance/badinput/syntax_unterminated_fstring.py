# An f-string without its closing quote.
x = 1
s = f'{x}
