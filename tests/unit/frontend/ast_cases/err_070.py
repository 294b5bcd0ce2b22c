print("hello")
  print("world")