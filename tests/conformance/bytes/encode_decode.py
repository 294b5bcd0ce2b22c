# Encoding str to bytes and decoding back.
s = "café €"
u8 = s.encode("utf-8")
print(u8, len(u8), u8.decode("utf-8"))
print(s.encode("latin-1", errors="replace"), "abc".encode("ascii"))
print(b"\xff".decode("utf-8", errors="replace"), b"\xe9".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
