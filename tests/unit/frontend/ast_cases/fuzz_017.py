@dec
class A(B, metaclass=M, **kwf"{x}":
    x = 1
    def m(self): ...