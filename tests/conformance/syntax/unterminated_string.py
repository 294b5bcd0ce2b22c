# SyntaxError: a string literal that is never closed.
print("start")
message = "hello
print(message)
