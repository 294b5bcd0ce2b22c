# A list and a dict that contain themselves, printed.
a = [1]
a.append(a)
d = {'a': a}
d['d'] = d
print(a, d)
