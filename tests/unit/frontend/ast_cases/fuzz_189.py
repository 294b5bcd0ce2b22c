class A:
    def f(self):
        if x:
            as return [
                1,
                2,
            ]