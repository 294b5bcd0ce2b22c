# hash() of ints is the int itself, except -1 and values past the modulus 2**61 - 1.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 62), hash(-(2 ** 61)))
print(hash(True), hash(False), hash(1.0), hash(1.5), hash(-0.0), hash(()) == hash(()))
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0))
try:
    hash([])
except TypeError as e:
    print(e)
