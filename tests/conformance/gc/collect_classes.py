# collect() for classes defined inside functions (a class is always in a cycle).
import gc

def make_class():
    class Local:
        pass
    return Local

gc.collect()
make_class()
print("class with no methods:", gc.collect())

def make_class_with_method():
    class Local:
        def method(self):
            return 1
    return Local

make_class_with_method()
print("class with a method:", gc.collect())

def make_instance():
    class Local:
        def __init__(self):
            self.x = 1
    return Local()

make_instance()
print("class with __init__ (its instance dies at once):", gc.collect())
