# TypeError for str + int.
name = "total: "
value = 42
print(name + str(value))
print(name + value)
