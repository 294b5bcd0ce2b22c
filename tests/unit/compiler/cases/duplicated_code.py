def main(s):
    while any(t.ok() for t in s):
        for t in s:
            t.undo()
    try:
        pass
    finally:
        f = lambda: 1
        g = [i for i in range(2)]
    for i in range(3):
        try:
            continue
        finally:
            h = lambda x: x
    return f, g
x = "\u2061\x85\xa0\ufffe\U00100000\u0378 ok é"
