# bytes compare by value and order lexicographically.
a = b"abc"
b = bytes([97, 98, 99])
print(a == b, a is b, a < b"abd", b"" < b"\x00", sorted([b"b", b"a", b"ab"]))
print(a == "abc", a.decode() == "abc")
print(b"x" * 0 == b"", max(b"hello"), min(b"hello"), sum(b"\x01\x02"))
