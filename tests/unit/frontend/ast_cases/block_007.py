def f(:
  pass