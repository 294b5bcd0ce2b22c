# Dividing an int by zero raises ZeroDivisionError with CPython's messages.
zero = 0
try:
    1 / zero
except ZeroDivisionError as e:
    print("/", e)
try:
    1 // zero
except ZeroDivisionError as e:
    print("//", e)
try:
    1 % zero
except ZeroDivisionError as e:
    print("%", e)
try:
    divmod(5, zero)
except ZeroDivisionError as e:
    print("divmod", e)
try:
    pow(zero, -1)
except ZeroDivisionError as e:
    print("pow", e)
