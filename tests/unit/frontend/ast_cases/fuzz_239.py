def f():
  x = 1
  if ximport :
    y = (1,
  2)
  return y
