# Tuples cannot change, but a list inside one can.
t = (1, [2, 3])
try:
    t[0] = 9
except TypeError as e:
    print(e)
t[1].append(4)
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print(e)
print(t)
