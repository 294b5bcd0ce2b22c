x = 1_000_000
y = 0xff
z = 1e-3
w = 2j
