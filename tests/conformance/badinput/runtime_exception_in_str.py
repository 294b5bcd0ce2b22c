class A:
    def __str__(self):
        raise ValueError('bad str')
print(A())
