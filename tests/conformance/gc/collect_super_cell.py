# A method that uses super() gives its class a __class__ cell: one more object in the cycle.
import gc

def plain():
    class A:
        def m(self):
            return 1
    return A

def with_super():
    class A:
        def m(self):
            return super().m
    return A

gc.collect()
plain()
print("method without super():", gc.collect())
with_super()
print("method with super():", gc.collect())
