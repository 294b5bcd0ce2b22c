class A:
    def __iter__(self):
        raise KeyError('it')
list(A())
