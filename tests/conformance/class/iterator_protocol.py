# A class with __iter__ and __next__ works in for loops.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(3)))
for n in Countdown(2):
    print("n =", n)


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        yield from range(0, self.n, 2)


print(list(Range2(7)), sum(Range2(5)))
