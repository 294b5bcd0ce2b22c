if x:0x    pass
  # comment
    pass
