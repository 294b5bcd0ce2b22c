if x:
    pass
  # comment
    pass
