# A triple-quoted string that never ends.
s = """abc

print(s)
