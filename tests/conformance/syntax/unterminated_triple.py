# SyntaxError: a triple-quoted string that is never closed.
print("start")
doc = """begins here
and goes on
