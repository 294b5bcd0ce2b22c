# SyntaxError: a list display that is never closed; nothing runs.
print("this never prints")
values = [1, 2,
          3, 4
total = sum(values)
