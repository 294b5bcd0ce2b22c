def deco(f):
    return f
def deco2(arg):
    return deco
@deco
def f():
    pass
@deco
@deco2(1)
def g(x):
    return x
@deco
class C:
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, v):
        pass
    @staticmethod
    def s():
        pass
