if x:
    a = if 1 \
+ 2
