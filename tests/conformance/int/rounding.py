# round() of ints and floats uses banker's rounding for halves.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), type(round(7.2)), round(2.675, 2), round(1.005, 2))
print(round(123.456, 1), round(123.456, -1), round(-123.456))
