def f(:
    x = 'abc