def f() -> int
  pass