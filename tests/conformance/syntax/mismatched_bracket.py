# SyntaxError: a closing bracket that does not match the opening one.
print("start")
pair = (1, 2]
