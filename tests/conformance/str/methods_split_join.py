# split, rsplit, splitlines, partition and join.
print("a,b,,c".split(","), "  a  b c ".split(), "a b c".split(" ", 1))
print("a,b,c".rsplit(",", 1), "line1\nline2\r\nline3".splitlines(), "x\n".splitlines(True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(str(i) for i in range(4)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)
