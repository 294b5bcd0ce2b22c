with a
  pass