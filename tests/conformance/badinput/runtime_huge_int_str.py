# str() of an int over the digit limit.
print(str(10 ** 5000))
