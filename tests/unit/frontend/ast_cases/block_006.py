def f()
  pass