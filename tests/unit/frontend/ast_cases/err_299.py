@dec
x = 1