# Set displays of constants come from a code constant frozenset rebuilt as CPython's merge_consts does.
print({9, 1, 17, 25, 33})
print({0, 8, 16, 3, 11})
print({(1, 2), (3, 4), (5, 6)} == {(5, 6), (1, 2), (3, 4)})
print(sorted({None, 1, 2} - {None}))
print({-1, -2, -3, -4, -5, -6})
print({1000, 2000, 3000, 4000, 5000, 6000, 7000})
def f(x):
    return x in {64, 128, 32}
print(f(32), f(5))
s = {12, 4, 20}
s.add(28)
print(s)
print({*{13, 5, 21}, 29})
