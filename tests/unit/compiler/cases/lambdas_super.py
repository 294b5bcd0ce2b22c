class A:
    def m(self):
        return lambda: super().m()
    def n(self):
        def inner():
            return [super().n for _ in ()]
        return inner
    def o(self):
        x = 1
        class B:
            def p(inner_self):
                return __class__, x
        return B
def deflt(a=[1, 2, 3], *, b={"k": 1}):
    return lambda c=a, *d, e=b, **f: (c, d, e, f)
