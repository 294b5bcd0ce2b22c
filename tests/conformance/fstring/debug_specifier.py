# The = specifier prints the expression text and its repr.
x = 10
name = "mem"
print(f"{x=}")
print(f"{x * 2 = }")
print(f"{name=}", f"{name=!s}", f"{x=:04d}")
items = [1, 2]
print(f"{len(items)=}, {items[0]=}")
