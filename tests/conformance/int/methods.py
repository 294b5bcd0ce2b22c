# int methods and properties.
print((10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"))
print((255).to_bytes(1, "little"), int.from_bytes(b"\x00\x01", "little"))
print((7).real, (7).imag, (7).numerator, (7).denominator)
print((6).conjugate(), (-6).__abs__(), (10).__index__())
print((12).as_integer_ratio(), (-2).bit_count(), (255).bit_count())
