# Calling a method without a required argument.
class Greeter:
    def greet(self, name):
        return "hello " + name


g = Greeter()
print(g.greet("ann"))
print(g.greet())
