# Calling a class builds an argument tuple (classes have no vectorcall in 3.11): +1 inside __init__.
import sys

class C:
    def __init__(self, x):
        print("in __init__:", sys.getrefcount(x))

class D:
    def __new__(cls, x):
        print("in __new__:", sys.getrefcount(x))
        return super().__new__(cls)
    def __init__(self, x):
        print("in __init__ after __new__:", sys.getrefcount(x))

def f(x):
    print("in a function:", sys.getrefcount(x))

o = object()
f(o)
C(o)
D(o)
