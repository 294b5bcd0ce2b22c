# A single '}' in an f-string.
s = f'a}b'
