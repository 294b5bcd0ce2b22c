# throw() raises an exception at the paused yield.
def guarded():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("handled", e)
            yield "recovered"


g = guarded()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))
print(next(g, "finished"))
