g = (x for x in range(10)except
