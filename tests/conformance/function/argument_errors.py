# TypeErrors for wrong calls carry CPython's messages.
def f(a, b):
    return a + b


calls = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3),
    lambda: f(1, a=2),
    lambda: f(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
