# Set errors: unhashable members, missing members, mutation during iteration.
s = {1}
try:
    s.add([2])
except TypeError as e:
    print(e)
try:
    s.remove(5)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    for x in s:
        s.add(x + 1)
except RuntimeError as e:
    print(e)
