class A(:
    pass