# str, repr and formatting of ints.
n = 1234567
print(str(n), repr(-n), f"{n:,}", f"{n:_}", f"{n:>12}", f"{n:<12}|")
print(f"{255:x}", f"{255:X}", f"{255:o}", f"{255:b}", f"{255:#x}", f"{5:08b}")
print(f"{42:+d}", f"{-42:+d}", f"{42: d}", f"{7:03}", f"{1234:^10}|")
print(format(10, "e"), format(10 ** 20, ","))
