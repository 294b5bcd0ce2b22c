# A float power that overflows.
print(10.0 ** 400)
