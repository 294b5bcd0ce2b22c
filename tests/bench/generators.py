# Generators and comprehensions: generator functions (yield, yield from),
# generator expressions consumed by sum/max/any, list/dict/set comprehensions,
# and lazy pipelines instead of intermediate lists.

N = 350000  # size: the runner may override this line (name:N=VALUE)


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def flatten(nested):
    for part in nested:
        yield from part


def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


def pipeline(n):
    return sum(squares(evens(count_up(n))))


def comprehensions(n):
    squares_list = [i * i for i in range(n)]
    odd_map = {i: i * 3 for i in range(n) if i % 2}
    mods = {i % 1000 for i in range(n)}
    pairs = [(i, j) for i in range(n // 1000) for j in range(20) if (i + j) % 3 == 0]
    return len(squares_list) + len(odd_map) + len(mods) + len(pairs) + squares_list[-1] % 1000


def genexprs(n):
    s = sum(i % 7 for i in range(n))
    m = max(x * 3 % 1001 for x in range(n))
    found = any(i > n - 2 for i in range(n))
    total_chunks = sum(len(c) for c in chunks(list(range(n // 4)), 64))
    flat = sum(flatten([range(i % 10) for i in range(n // 10)]))
    return s, m, found, total_chunks, flat


def fibs(rounds):
    t = 0
    for r in range(rounds):
        for v in fib_gen(10 ** 15):
            t += v % 10
    return t


print("generators", pipeline(N * 3), comprehensions(N), genexprs(N * 2), fibs(N // 20))
