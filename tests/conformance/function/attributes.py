# Functions are objects with attributes.
def greet(name, greeting="hi"):
    """Say hello."""
    return f"{greeting}, {name}"


print(greet.__name__, greet.__doc__, greet.__defaults__)
print(greet.__code__.co_argcount, greet.__code__.co_varnames)
greet.calls = 3
print(greet.calls, callable(greet), callable(3))
alias = greet
print(alias("bob"), alias is greet)
