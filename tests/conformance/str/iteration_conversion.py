# Iterating strings and converting between str and other types.
word = "héllo"
print(list(word), len(word), [c for c in word if c != "l"])
print(str(42), str(3.0), str(None), str([1, "a"]), str((1,)), str(True))
print(int("12") + 1, float("1.5") * 2, list(map(ord, "AZ")))
print(list(enumerate("ab")), "".join(reversed("stressed")))
print(str(b"bytes"), "é".encode("utf-8"), b"\xc3\xa9".decode("utf-8"))
