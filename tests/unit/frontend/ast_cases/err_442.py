x = 'a
y = 'b'