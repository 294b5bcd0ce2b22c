# SyntaxError: an f-string with an empty expression.
x = 1
print(f"value: {}")
