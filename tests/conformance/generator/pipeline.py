# Generators chained into a pipeline process one item at a time.
def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i


def squares(source):
    for x in source:
        yield x * x


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


for v in evens(squares(numbers(5))):
    print("got", v)
