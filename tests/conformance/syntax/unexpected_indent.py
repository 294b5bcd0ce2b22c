# IndentationError: a line indented for no reason.
print("start")
x = 1
    y = 2
