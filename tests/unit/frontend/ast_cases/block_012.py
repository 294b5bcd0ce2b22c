class A x:
  pass