x = f"{a b}"
y = 1