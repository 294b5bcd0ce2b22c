class A:
    def __bool__(self):
        return 2
if A():
    pass
