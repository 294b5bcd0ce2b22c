# bytes literals, indexing, slicing and iteration.
b = b"hello"
print(b, b[0], b[-1], b[1:3], b[::-1], list(b[:2]), len(b))
print(bytes(3), bytes([65, 66]), bytes(range(3)), b"a" + b"b", b"ab" * 2)
print(b"ell" in b, 104 in b, b.find(b"l"), b.count(b"l"), b.upper(), b.split(b"l"))
print(b"\x00\xff", b"tab\t", b"'", b'"', b"\\")
