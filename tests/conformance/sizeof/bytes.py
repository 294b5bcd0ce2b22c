# bytes are 33 bytes of header plus one per byte.
import sys

for b in [b"", b"a", b"abc", bytes(10), b"x" * 100, "é".encode()]:
    print(len(b), sys.getsizeof(b))
print(sys.getsizeof(bytes([1, 2, 3])), sys.getsizeof(b"ab" + b"cd"))
