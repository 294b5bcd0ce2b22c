# An f-string whose brace is not closed.
x = 1
s = f'{x'
