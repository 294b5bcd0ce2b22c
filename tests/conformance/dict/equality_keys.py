# Equal keys are the same key: 1, 1.0 and True collide; the first key object is kept.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
e = {True: "t", 1: "one"}
print(e)
f = {0: "a", False: "b", 0.0: "c"}
print(f)
print({(1, 2): 1} == {(1.0, 2.0): 1}, {1: 1} == {1: 1.0}, {1: 2} == {2: 1})
