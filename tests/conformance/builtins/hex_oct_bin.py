# hex(), oct() and bin() of ints, including negatives and big ints.
for n in [0, 5, 255, -255, 2 ** 64]:
    print(hex(n), oct(n), bin(n))
print(int(hex(1000), 16), int(bin(42), 2), int(oct(8), 8))
try:
    hex(1.5)
except TypeError as e:
    print(e)
