# The dict methods.
d = {"x": 1}
print(d.get("x"), d.get("y"), d.get("y", 0), d.setdefault("y", 2), d.setdefault("x", 9))
print(d.pop("x"), d.pop("missing", "default"), d)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
print(d, d.popitem(), d)
print(dict.fromkeys(["p", "q"], 0), dict.fromkeys("ab"))
c = d.copy()
c["new"] = 1
print(d, c)
d.clear()
print(d, {} == dict())
