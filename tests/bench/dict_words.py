# Dict work: word counts over generated text (str keys), dict.get / setdefault /
# `in`, int-keyed dicts, iteration over items, merging and sorting by value.

N = 16000  # size: the runner may override this line (name:N=VALUE)

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "zu", "pe", "ga", "do"]


def make_words(n):
    words = []
    x = 7
    for i in range(n):
        x = (x * 75 + 74) % 65537
        length = 1 + x % 3
        w = ""
        y = x
        for j in range(length):
            w += SYLLABLES[y % 12]
            y //= 12
        words.append(w)
    return words


def count_get(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def count_in(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def group_by_first(words):
    groups = {}
    for w in words:
        groups.setdefault(w[:2], []).append(w)
    return {k: len(v) for k, v in groups.items()}


def int_dict(n):
    d = {}
    for i in range(n):
        d[i * 7 % 10007] = i
    hits = 0
    for i in range(n):
        if i in d:
            hits += d[i]
    return hits


words = make_words(N * 10)
c1 = count_get(words)
c2 = count_in(words)
assert c1 == c2
for r in range(20):
    c1 = count_get(words)
groups = group_by_first(words)
merged = dict(c1)
merged.update(groups)
top = sorted(c1.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("dict_words", len(c1), top, sorted(groups.items())[:3], len(merged), int_dict(N * 50))
