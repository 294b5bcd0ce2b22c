first, *for rest = [1, 2, 3]
