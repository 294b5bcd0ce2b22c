x  1
