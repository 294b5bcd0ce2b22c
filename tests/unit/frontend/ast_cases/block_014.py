try x:
  pass