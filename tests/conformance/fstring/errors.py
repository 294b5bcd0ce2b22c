# Errors raised while formatting an f-string.
x = 5
try:
    print(f"{x:s}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{x:.2q}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{undefined_name}")
except NameError as e:
    print("NameError:", e)
