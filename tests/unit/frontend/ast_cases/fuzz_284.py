with x = 1
