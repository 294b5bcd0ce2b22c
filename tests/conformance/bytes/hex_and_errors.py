# hex(), fromhex() and type errors mixing bytes with str.
b = bytes([0, 15, 255])
print(b.hex(), bytes.fromhex("00 0f ff"), b.hex(":"))
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    bytes([300])
except ValueError as e:
    print(e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
