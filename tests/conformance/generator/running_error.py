# A generator cannot be resumed while it is running.
def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "exhausted"))
