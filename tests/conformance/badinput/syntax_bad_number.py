# A number with an invalid digit.
x = 0o8
