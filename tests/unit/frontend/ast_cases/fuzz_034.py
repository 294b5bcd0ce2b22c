x = 1
yy = :