# A function whose default value refers back to the function.
import gc

gc.collect()

def make():
    box = []
    def f(registry=box):
        return registry
    box.append(f)
    return f

make()
print("function with a default list:", gc.collect())
def g(x=[]):
    return x
g.__defaults__[0].append(g)
del g
print("module-level function:", gc.collect())
