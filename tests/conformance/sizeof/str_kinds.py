# Non-ASCII strings use 1, 2 or 4 bytes per character depending on the widest one.
import sys

for s in ["é", "café", "ÿ" * 10, "€", "a€", "日本語", "😀", "a😀", "é€😀"]:
    print(len(s), sys.getsizeof(s))
print(sys.getsizeof(chr(127)), sys.getsizeof(chr(128)), sys.getsizeof(chr(255)), sys.getsizeof(chr(256)))
print(sys.getsizeof(chr(65535)), sys.getsizeof(chr(65536)))
