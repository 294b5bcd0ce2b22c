class A(**a, b=1):
    pass