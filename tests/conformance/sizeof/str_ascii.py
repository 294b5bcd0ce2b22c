# ASCII strings: 48 bytes of header, one byte per character, one for the terminator.
import sys

for s in ["", "a", "ab", "hello", "hello world", "Python", "x" * 100]:
    print(len(s), sys.getsizeof(s))
print(sys.getsizeof("abc" + "def"), sys.getsizeof("-".join(["a", "b", "c"])))
