# SyntaxError: a closing parenthesis without an opening one.
print("start")
x = 1 + 2)
