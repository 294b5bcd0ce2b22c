# String methods return new strings; the original is unchanged.
s = "Memory"
t = s.upper()
print(s, t)
u = s
s += "!"
print(s, u, s is u)
parts = list(u)
parts[0] = "m"
print("".join(parts), u)
