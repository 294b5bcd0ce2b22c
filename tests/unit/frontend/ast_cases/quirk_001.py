x = print - 1
1 = 2