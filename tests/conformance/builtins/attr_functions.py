# hasattr(), getattr(), setattr() and delattr().
class Obj:
    cls_attr = "class"


o = Obj()
setattr(o, "dynamic", 42)
print(hasattr(o, "dynamic"), getattr(o, "dynamic"), getattr(o, "cls_attr"), getattr(o, "nope", "dflt"))
delattr(o, "dynamic")
print(hasattr(o, "dynamic"), hasattr(o, "cls_attr"), hasattr(5, "real"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(e)
