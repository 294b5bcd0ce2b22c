# __repr__ and __str__: print uses str, containers use repr.
class Both:
    def __repr__(self):
        return "Both()"

    def __str__(self):
        return "both!"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


b = Both()
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
print(f"{b} {b!r}", "%s %r" % (b, b))
