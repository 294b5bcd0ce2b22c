# Allocation-heavy integer arithmetic: nearly every result is a fresh int object
# (outside the small-int cache), freed as soon as the next iteration rebinds the name.
# Mixes int64-range values with a few that grow past 2**64 (multi-digit ints).

N = 1400000  # size: the runner may override this line (name:N=VALUE)


def lcg_walk(n, seed):
    x = seed
    acc = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        acc += x ^ (i << 7)
        acc -= x // 3
    return acc, x


def big_mix(n):
    total = 0
    b = 3**40
    for i in range(n):
        v = b * (i + 1) + i * i
        total += v % 1000003
        b = b + i
    return total


def divmod_loop(n):
    q_sum = 0
    r_sum = 0
    for i in range(1, n):
        q, r = divmod(i * 7919, 97)
        q_sum += q
        r_sum += r * r
    return q_sum - r_sum


a, x = lcg_walk(N, 42)
b = big_mix(N // 3)
c = divmod_loop(N // 2)
print("alloc_ints", a, x, b, c)
