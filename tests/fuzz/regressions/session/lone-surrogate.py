s = "\ud800"
print(repr(s))
t = [s, {s: s}]
