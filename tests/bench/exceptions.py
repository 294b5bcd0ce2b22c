# Exceptions in a loop: raising and catching builtin and user-defined exceptions,
# try/except/else/finally, exceptions propagating through a few frames,
# dict KeyError and int() ValueError on the error path, re-raising.

N = 200000  # size: the runner may override this line (name:N=VALUE)


class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class NotFound(AppError):
    pass


def lookup(table, key):
    if key not in table:
        raise NotFound(404, f"missing {key}")
    return table[key]


def level2(table, key):
    return lookup(table, key) + 1


def level1(table, key):
    try:
        return level2(table, key)
    finally:
        table["calls"] = table.get("calls", 0) + 1


def app_errors(n):
    table = {i: i * 2 for i in range(0, 100, 3)}
    ok = 0
    missing = 0
    codes = 0
    for i in range(n):
        try:
            ok += level1(table, i % 100)
        except NotFound as e:
            missing += 1
            codes += e.code
        except AppError:
            raise
    return ok, missing, codes, table["calls"]


def builtin_errors(n):
    d = {"a": 1}
    counts = [0, 0, 0, 0]
    texts = ["12", "x", "7", "", "-3"]
    for i in range(n):
        try:
            v = d["b" if i % 2 else "a"]
        except KeyError:
            counts[0] += 1
        else:
            counts[1] += v
        try:
            counts[2] += int(texts[i % 5])
        except ValueError:
            counts[3] += 1
    return counts


def zero_div(n):
    total = 0
    for i in range(n):
        try:
            total += 1000 // (i % 5)
        except ZeroDivisionError:
            total -= 1
        finally:
            total += 1
    return total


def reraise(n):
    caught = 0
    for i in range(n):
        try:
            try:
                raise ValueError(i)
            except ValueError as e:
                raise TypeError("wrapped") from e
        except TypeError as e:
            if isinstance(e.__cause__, ValueError):
                caught += 1
    return caught


print("exceptions", app_errors(N), builtin_errors(N), zero_div(N * 2), reraise(N // 2))
