# SyntaxError: a call whose parenthesis is never closed.
print("start")
print("result", (1 + 2)
