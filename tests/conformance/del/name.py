# del of a name unbinds it; using it afterwards is a NameError.
x = [1, 2]
y = x
del x
print(y)
try:
    print(x)
except NameError as e:
    print("NameError:", e)
try:
    del x
except NameError as e:
    print("NameError:", e)
