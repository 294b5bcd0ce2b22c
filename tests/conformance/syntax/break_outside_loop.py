# SyntaxError: break outside a loop.
x = 1
if x:
    break
