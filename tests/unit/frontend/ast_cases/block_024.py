with (a, b)
  pass