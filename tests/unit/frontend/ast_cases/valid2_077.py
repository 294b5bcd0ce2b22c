def f(
    a,  # comment
    b,
): pass