def f(data):
    if any((found := x) > 2 for x in data):
        return found
    total = [(s := s + x) for x in data] if (s := 0) == 0 else None
    return total, s
def g():
    global gx
    return [(gx := i) for i in range(3)]
def h():
    def inner():
        return [(y := j) for j in range(2)]
    return inner
