x = 10
y = 20 if x > 5 else 30
