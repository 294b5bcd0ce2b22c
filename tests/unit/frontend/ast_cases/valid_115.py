match = 1
match.x = 2
match(x)
print(match)