# A set changed while iterated.
s = {1, 2}
for k in s:
    s.add(k + 10)
