# WeakMethod holds a bound method weakly: it rebuilds the method while the instance lives.
import weakref

class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello from " + self.name

g = Greeter("g")
print(weakref.ref(g.hello)())
wm = weakref.WeakMethod(g.hello, lambda r: print("method died"))
print(wm()(), wm() == g.hello, wm == weakref.WeakMethod(g.hello), isinstance(wm, weakref.ref))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del g
print(wm())
