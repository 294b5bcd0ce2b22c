# unsupported: 'match' line 4
def f(v):
    y = 1
    match v:
        case 1:
            return y
        case [a, b]:
            return a
    return 0
