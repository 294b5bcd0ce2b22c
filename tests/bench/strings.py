# String building: str.join over generated parts, f-strings with format specs,
# += concatenation, and str methods (split, replace, upper, strip, find,
# startswith, count, format).

N = 140000  # size: the runner may override this line (name:N=VALUE)


def fstrings(n):
    total = 0
    for i in range(n):
        s = f"item-{i:05d}|{i * 3.5:.2f}|{i % 7!r}|{'x' * (i % 4)}"
        total += len(s)
    return total


def joins(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    s = ",".join(parts)
    back = s.split(",")
    return len(s), len(back), back[-1]


def concat(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 500:
            s = s[250:]
    return s[:10]


def methods(n):
    line = "  The Quick brown fox, jumps over the lazy dog  "
    total = 0
    for i in range(n):
        t = line.strip().lower().replace("fox", f"cat{i % 10}")
        words = t.split()
        total += len(words) + t.count("o") + t.find("lazy")
        if t.startswith("the") and words[-1].endswith("dog"):
            total += 1
        total += len("-".join(w.capitalize() for w in words[:3]))
        total += len(t.upper()) + len("{}:{}".format(i, words[0]))
    return total


def table(rows):
    lines = []
    for i in range(rows):
        lines.append(f"|{i:>6}|{'row' + str(i):<10}|{i * i % 1000:^8}|")
    text = "\n".join(lines)
    return len(text), text.count("|"), lines[rows // 2]


print("strings", fstrings(N), joins(N * 2), concat(N * 2), methods(N // 2), table(N // 4))
