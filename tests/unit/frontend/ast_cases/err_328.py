with (a, b) as c, d as f():
    pass