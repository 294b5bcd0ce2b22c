# bytearray keeps spare capacity when it grows by append.
import sys

print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")), sys.getsizeof(bytearray(10)))
ba = bytearray()
last = sys.getsizeof(ba)
for i in range(40):
    ba.append(i)
    size = sys.getsizeof(ba)
    if size != last:
        print(len(ba), size)
        last = size
