# send() passes a value into the generator as the result of yield.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value


acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration:
    print("stopped")
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(e)
