class A(B)
  pass