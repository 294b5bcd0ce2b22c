print x = 1
