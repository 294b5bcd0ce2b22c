class A:
    __x = 1
    def __m(self, __a, *, __k=1):
        self.__y = __a
        return self.__m
    def __init__(self):
        __local = 1
        print(__local)
    def __dunder__(self):
        return self.__dunder__
    class __Inner:
        pass
class _:
    __z = 1
class __B:
    __w = 1
def __f():
    pass
