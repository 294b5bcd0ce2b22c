# IndentationError: a dedent that matches no outer level.
def f():
    if True:
        x = 1
      return x
