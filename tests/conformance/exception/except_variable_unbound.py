# The name bound by `except ... as e` is deleted at the end of the handler.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", repr(e))
try:
    print(e)
except NameError as err:
    print("NameError:", err)
