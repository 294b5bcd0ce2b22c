# A repeat count too large for memory.
x = [0] * (2 ** 62)
