x = f"{a b}"
y = 'abc