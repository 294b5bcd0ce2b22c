from   \
x = 1
