def f() -> int
    pass