def f(
  a,
  b):
    passreturn 
