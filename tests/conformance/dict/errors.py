# KeyError shows the key's repr; other dict errors.
d = {"apple": 1}
try:
    d["banana"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    for k in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    del d[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
