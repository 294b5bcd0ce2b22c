# Sizes of strings produced by common str operations.
import sys

s = "Memory"
print(sys.getsizeof(s.upper()), sys.getsizeof(s.lower()), sys.getsizeof(s * 3))
print(sys.getsizeof(s[1:4]), sys.getsizeof(s[::-1]), sys.getsizeof(s.replace("M", "m")))
print(sys.getsizeof(s + "é"), sys.getsizeof(s + "€"))
print(sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)), sys.getsizeof(f"{s}!"))
print(sys.getsizeof("  pad  ".strip()), sys.getsizeof("a,b,c".split(",")[0]))
