# send() goes through yield from to the inner generator.
def echo():
    received = []
    while len(received) < 2:
        received.append((yield len(received)))
    return received


def wrapper():
    result = yield from echo()
    yield ("result", result)


w = wrapper()
print(next(w))
print(w.send("a"))
print(w.send("b"))
