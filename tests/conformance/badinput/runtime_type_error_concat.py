# Adding a str and an int.
print('a' + 1)
