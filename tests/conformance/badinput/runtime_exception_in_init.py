class A:
    def __init__(self):
        raise RuntimeError('no')
A()
