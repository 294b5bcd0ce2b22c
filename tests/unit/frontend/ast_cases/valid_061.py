@dec
class A(B, metaclass=M, **kw):
    x = 1
    def m(self): ...