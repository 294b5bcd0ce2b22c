squares_list = [n * n for n in range(100000)]
squares_gen = (n * n for n in range(100000))
s = {x for x in range(3)}
d = {k: v for k, v in {}.items()}
nested = [(x, y) for x in range(3) for y in range(x) if x if y]
cond = [x for x in [1, 2, 3] if x > 1]
def f(a):
    return [x + a for x in a]
def g():
    return (x for x in [])
tmp = [y for x in range(3) for y in [x * 2]]
walrus = [last := x for x in range(3)]
class C:
    v = [1, 2]
    w = [i for i in v]
