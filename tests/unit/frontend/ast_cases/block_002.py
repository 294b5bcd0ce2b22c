if x y:
  pass