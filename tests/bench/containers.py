# Building and dropping containers: lists grown by append and by comprehension,
# list slicing and concatenation, nested lists, dicts built and cleared, all
# released at the end of each round (deallocation is part of the measurement).

N = 400  # size: the runner may override this line (name:N=VALUE)


def build_lists(rounds, size):
    total = 0
    for r in range(rounds):
        a = []
        for i in range(size):
            a.append(i + r)
        b = a[::2] + a[1::2]
        c = [x + 1 for x in b if x % 3]
        total += len(c) + c[-1] - b[0]
        a.reverse()
        total += a[0]
        del a, b, c
    return total


def nested(rounds, rows, cols):
    total = 0
    for r in range(rounds):
        grid = [[r + i * cols + j for j in range(cols)] for i in range(rows)]
        col_sums = [0] * cols
        for row in grid:
            for j, v in enumerate(row):
                col_sums[j] += v
        total += sum(col_sums) % 1000003
    return total


def build_dicts(rounds, size):
    total = 0
    for r in range(rounds):
        d = {}
        for i in range(size):
            d[i] = i + r
        for i in range(0, size, 3):
            del d[i]
        d2 = {k: v * 2 for k, v in d.items() if v & 1}
        total += len(d) + len(d2) + sum(d2.values()) % 997
        d.clear()
    return total


def stack_queue(n):
    stack = []
    popped = 0
    for i in range(n):
        stack.append(i)
        stack.append(i + 1)
        popped += stack.pop()
        if len(stack) > 100:
            del stack[:50]
    return popped, len(stack)


print("containers", build_lists(N, 3000), nested(N // 2, 60, 60),
      build_dicts(N * 2 // 3, 3000), stack_queue(N * 2500))
