# Function calls and recursion: recursive fib, calls with default arguments,
# keyword arguments, *args, closures and lambdas, and a recursive
# Ackermann-style function (deep but under the recursion limit).

N = 500  # size: the runner may override this line (name:N=VALUE)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fibs(rounds):
    s = 0
    for i in range(rounds):
        s += fib(15 + i % 6)
    return s


def add(a, b=1, c=2):
    return a + b + c


def total(*args):
    s = 0
    for a in args:
        s += a
    return s


def make_counter(step):
    count = 0

    def tick():
        nonlocal count
        count += step
        return count
    return tick


def compose(f, g):
    return lambda x: f(g(x))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def call_mix(n):
    s = 0
    tick = make_counter(3)
    inc_sq = compose(lambda x: x * x, lambda x: x + 1)
    for i in range(n):
        s += add(i)
        s += add(i, 2)
        s += add(i, c=5)
        s += total(i, 1, 2, 3)
        s += tick()
        s += inc_sq(i % 100)
    return s


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def deep(rounds):
    s = 0
    for i in range(rounds):
        s += depth(900)
    return s


print("calls", fibs(N // 10), call_mix(N * 1000), ackermann(2, 200), deep(N * 2))
