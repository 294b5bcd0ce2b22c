# Catching GeneratorExit and yielding again is a RuntimeError.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def polite():
    try:
        yield 1
    except GeneratorExit:
        print("exiting")
        raise


p = polite()
next(p)
p.close()
print("ok")
