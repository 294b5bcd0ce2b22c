# Exceptions are ordinary objects: store them, compare their types, raise them later.
saved = []
for value in ["1", "x", "2", "y"]:
    try:
        saved.append(int(value))
    except ValueError as e:
        saved.append(e)
print([type(s).__name__ for s in saved])
print([str(s) for s in saved if isinstance(s, Exception)])
try:
    raise saved[1]
except ValueError as e:
    print("raised again:", e, e is saved[1])
