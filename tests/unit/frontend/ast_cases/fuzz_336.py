if x:
f"{x}"     a = 1 \
+ 2
