# bytearray is a mutable sequence of bytes.
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), ba[1], bytes(ba))
del ba[1:3]
print(ba, ba.pop(), ba)
ba += b"!!"
print(ba, ba.decode(), bytearray(2), bytearray([1, 2]))
try:
    ba[0] = 256
except ValueError as e:
    print(e)
