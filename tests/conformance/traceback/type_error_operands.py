# TypeError for + between int and str: the operands get ~ and the operator ^.
count = 5
label = "items"
print(count, label)
message = count + label
