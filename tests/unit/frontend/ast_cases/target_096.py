else:
  pass