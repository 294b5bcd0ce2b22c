class A(B
    pass