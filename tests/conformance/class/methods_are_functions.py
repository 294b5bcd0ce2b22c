# Methods are functions stored on the class; self is passed explicitly when called on the class.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return f"{self.name} greets {other}"


g = Greeter("Ann")
print(Greeter.greet(g, "Bob"), g.greet("Cy"))
method = g.greet
print(method("Di"), method.__self__ is g, method.__func__ is Greeter.greet)
Greeter.shout = lambda self: self.name.upper()
print(g.shout())
