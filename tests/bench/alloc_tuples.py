# Allocation-heavy small tuples: packing and unpacking pairs and triples in a loop,
# tuples as return values and as dict keys. Exercises the tuple free lists.

N = 1250000  # size: the runner may override this line (name:N=VALUE)


def pairs(n):
    s = 0
    for i in range(n):
        t = (i, i + 1)
        a, b = t
        s += a * b - b
    return s


def triples(n):
    best = (0, 0, 0)
    count = 0
    for i in range(n):
        t = (i % 17, i % 31, i % 7)
        if t > best:
            best = t
        count += t[0] + t[1] * t[2]
    return count, best


def swap_chain(n):
    a, b, c = 1, 2, 3
    for i in range(n):
        a, b, c = b, c, (a + i) % 1009
    return a, b, c


def minmax(seq):
    lo = hi = seq[0]
    for v in seq:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


def tuple_returns(n):
    total = 0
    for i in range(n):
        lo, hi = minmax((i, i * 3 % 101, 50, i % 13))
        total += hi - lo
    return total


def grid_keys(n):
    d = {}
    for i in range(n):
        key = (i % 100, i // 100 % 100)
        d[key] = d.get(key, 0) + 1
    return len(d), d[(0, 0)]


print("alloc_tuples", pairs(N), triples(N // 2), swap_chain(N * 4 // 5),
      tuple_returns(N * 3 // 10), grid_keys(N // 2))
