# collect() for function cycles: closures, cells, defaults and nested functions.
import gc

def make_recursive():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

gc.collect()
f = make_recursive()
print(f(5))
del f
print("self-recursive nested function:", gc.collect())

def make_pair():
    def even(n):
        return n == 0 or odd(n - 1)
    def odd(n):
        return n != 0 and even(n - 1)
    return even

e = make_pair()
print(e(4))
del e
print("mutually recursive closures:", gc.collect())
def holder():
    pass
holder.me = holder
del holder
print("function attribute cycle:", gc.collect())
g = lambda: None
g.__defaults__ = None
lst = [g]
g.attr = lst
del g, lst
print("lambda and list:", gc.collect())
