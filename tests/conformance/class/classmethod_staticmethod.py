# classmethod receives the class; staticmethod receives nothing extra.
class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1

    @classmethod
    def create(cls):
        return cls()

    @classmethod
    def count(cls):
        return cls.instances

    @staticmethod
    def describe(x):
        return f"value {x}"


class Sub(Counter):
    pass


a = Counter.create()
b = Sub.create()
print(type(a).__name__, type(b).__name__, Counter.count(), Sub.count())
print(Counter.describe(1), a.describe(2))
