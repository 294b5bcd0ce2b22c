# IndentationError: the body of an if statement is not indented.
x = 5
if x > 3:
print("big")
