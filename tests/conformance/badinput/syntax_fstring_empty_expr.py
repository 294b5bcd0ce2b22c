# An f-string with an empty expression.
s = f'{}'
