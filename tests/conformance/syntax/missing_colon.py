# SyntaxError: an if statement without its colon.
x = 3
if x > 2
    print(x)
