if True:
    x = """
  keeps indentation
"""