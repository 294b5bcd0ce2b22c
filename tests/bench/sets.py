# Set work: building int and str sets, membership tests, union / intersection /
# difference, set comprehensions, add/discard churn, and frozen lookups of tuples.

N = 10000  # size: the runner may override this line (name:N=VALUE)


def sieve_set(limit):
    composite = set()
    primes = []
    for i in range(2, limit):
        if i not in composite:
            primes.append(i)
            for j in range(i * i, limit, i):
                composite.add(j)
    return primes


def churn(n):
    s = set()
    for i in range(n):
        s.add(i * 31 % 4099)
        if i % 3 == 0:
            s.discard(i * 17 % 4099)
    return len(s)


def algebra(rounds):
    total = 0
    for r in range(rounds):
        a = {i for i in range(r, r + 400)}
        b = {i * 2 for i in range(r, r + 300)}
        total += len(a | b) + len(a & b) - len(a - b) + len(a ^ b)
    return total


def str_members(n):
    names = {f"id{i}" for i in range(0, n, 2)}
    hits = 0
    for i in range(n):
        if f"id{i}" in names:
            hits += 1
    return hits


def seen_pairs(n):
    seen = set()
    dup = 0
    for i in range(n):
        p = (i % 97, i % 89)
        if p in seen:
            dup += 1
        else:
            seen.add(p)
    return dup, len(seen)


primes = sieve_set(N * 40)
print("sets", len(primes), primes[-1], churn(N * 60), algebra(N // 10),
      str_members(N * 20), seen_pairs(N * 40))
