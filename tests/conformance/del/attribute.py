# del of an attribute removes it from the instance.
class Box:
    label = "class default"


b = Box()
b.label = "mine"
b.size = 3
del b.label
print(b.label, vars(b))
del b.size
print(vars(b), hasattr(b, "size"))
try:
    del b.size
except AttributeError as e:
    print("AttributeError:", e)
