first, *rest = [], 2, 3]
