class Foo
    pass